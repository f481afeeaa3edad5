/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.sorastudio.postprocess.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Label;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openide.awt.NotificationDisplayer;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.TrayHost;

/**
 * The notification path: a balloon with its buttons always, and a tray message where the system has a tray. The tray
 * is real: {@link TrayHost} starts trayer on the test display, so the studio's icon is embedded in a panel and its
 * message shows in the X toolkit's balloon window, read back here; with trayer ended the display has no tray and the
 * balloon is the only notification. And each preference: which events, the sound, only when the studio is not active.
 */
class NotifierTest {

    private static final NotificationPreferences ALL = new NotificationPreferences(true, true, true, true, false, false);

    @BeforeEach
    void forget() {
        RecordingNotificationDisplayer.SHOWN.clear();
    }

    @Test
    void aBatchNoticeIsABalloonWithOpenFolder() {
        Notifier notifier = new Notifier(() -> ALL);

        notifier.show(batch());
        GuiSteps.awaitTrue("the balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);

        RecordingNotificationDisplayer.Balloon balloon = RecordingNotificationDisplayer.SHOWN.get(0);
        assertThat(balloon.title()).isEqualTo("Batch finished: 10 clips");
        assertThat(balloon.priority()).isEqualTo(NotificationDisplayer.Priority.NORMAL);
        assertThat(GuiActionRunner.execute(() -> buttons(balloon.details()))).contains("Open Folder").doesNotContain("Retry");
        assertThat(GuiActionRunner.execute(() -> labels(balloon.details()))).anyMatch(text -> text.contains("10 completed"));
    }

    @Test
    void onARealTrayTheStudiosIconIsAddedAndShowsTheMessage() throws Exception {
        assumeTrue(TrayHost.available(), "trayer is not installed (./studio installs it): no tray host for this display");
        TrayHost tray = TrayHost.start().orElseThrow();
        try {
            Notifier notifier = new Notifier(() -> ALL);

            notifier.show(batch());
            GuiSteps.awaitTrue("the studio's icon in the tray", () -> notifier.trayIcon() != null);

            TrayIcon icon = GuiActionRunner.execute(notifier::trayIcon);
            assertThat(Arrays.asList(SystemTray.getSystemTray().getTrayIcons())).containsExactly(icon);
            assertThat(icon.getToolTip()).isEqualTo("Sora Studio");
            // the X toolkit shows the message after a round trip with the tray host: up to seconds on a loaded machine
            GuiSteps.await("the tray message", Duration.ofSeconds(30), () -> trayMessages().contains("Batch finished: 10 clips"));
            assertThat(trayMessages()).contains("10 completed, 0 failed or cancelled.");
            assertThat(RecordingNotificationDisplayer.SHOWN).as("the balloon too").hasSize(1);

            notifier.show(new Notice(Notice.Kind.JOB_FAILED, "Job failed: a kite", "moderation_blocked", null, null, null, null));
            // the X toolkit queues tray messages: the second shows when the first has had its ten seconds
            GuiSteps.await("the second message", Duration.ofSeconds(30), () -> trayMessages().contains("Job failed: a kite"));
            assertThat(SystemTray.getSystemTray().getTrayIcons()).as("one icon, reused").hasSize(1);
            GuiActionRunner.execute(() -> SystemTray.getSystemTray().remove(icon));
        } finally {
            tray.close();
        }
    }

    @Test
    void withoutATrayTheBalloonIsTheOnlyNotification() {
        assertThat(SystemTray.isSupported()).as("a bare X display (trayer not running) has no tray").isFalse();
        Notifier notifier = new Notifier(() -> ALL);

        notifier.show(batch());
        GuiSteps.awaitTrue("the balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);

        assertThat(GuiActionRunner.execute(notifier::trayIcon)).as("the tray left alone").isNull();
    }

    @Test
    void aFailedPostProcessingIsAHighPriorityBalloonWithRetry() {
        Notifier notifier = new Notifier(() -> ALL);
        Runnable retry = () -> { };

        notifier.show(new Notice(Notice.Kind.POST_PROCESSING_FAILED, "Post-processing failed: a.mp4", "Make GIF: exited with status 1",
                Path.of("/tmp/clips"), Path.of("/tmp/clips/a.mp4"), null, retry));
        GuiSteps.awaitTrue("the balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);

        RecordingNotificationDisplayer.Balloon balloon = RecordingNotificationDisplayer.SHOWN.get(0);
        assertThat(balloon.priority()).isEqualTo(NotificationDisplayer.Priority.HIGH);
        assertThat(GuiActionRunner.execute(() -> buttons(balloon.details()))).contains("Open Folder", "Retry");
    }

    /** Each kind of event with its own preference off is not shown; every other kind still is. */
    @ParameterizedTest
    @EnumSource(Notice.Kind.class)
    void eachKindOfEventFollowsItsOwnPreference(Notice.Kind off) {
        Notifier notifier = new Notifier(() -> new NotificationPreferences(off != Notice.Kind.JOB_COMPLETED,
                off != Notice.Kind.JOB_FAILED, off != Notice.Kind.BATCH_FINISHED && off != Notice.Kind.BATCH_FAILED,
                off != Notice.Kind.POST_PROCESSING_FAILED, false, false));

        for (Notice.Kind kind : Notice.Kind.values()) {
            notifier.show(new Notice(kind, kind.name(), "detail", null, null, null, null));
        }
        List<String> expected = Arrays.stream(Notice.Kind.values()).filter(kind -> !sameSwitch(kind, off)).map(Enum::name).toList();
        GuiSteps.awaitTrue("the balloons", () -> RecordingNotificationDisplayer.SHOWN.size() == expected.size());
        flushEventThread();

        assertThat(RecordingNotificationDisplayer.SHOWN).extracting(RecordingNotificationDisplayer.Balloon::title)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theSoundIsHeardOnlyWhenSwitchedOnAndOnlyForNoticesShown() {
        AtomicInteger beeps = new AtomicInteger();
        Notifier quiet = new Notifier(() -> ALL, beeps::incrementAndGet);
        quiet.show(batch());
        GuiSteps.awaitTrue("the quiet balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);
        flushEventThread();
        assertThat(beeps).as("sound off").hasValue(0);

        Notifier loud = new Notifier(() -> new NotificationPreferences(false, true, true, true, true, false), beeps::incrementAndGet);
        loud.show(batch());
        loud.show(new Notice(Notice.Kind.JOB_COMPLETED, "Clip ready: a kite", "a.mp4", null, null, null, null));
        GuiSteps.awaitTrue("the loud balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 2);
        flushEventThread();
        assertThat(beeps).as("one beep for the batch, none for the clip notice switched off").hasValue(1);
    }

    @Test
    void onlyWhenUnfocusedHoldsNoticesBackWhileTheStudioIsTheActiveWindow() throws Exception {
        AtomicInteger beeps = new AtomicInteger();
        NotificationPreferences unfocusedOnly = new NotificationPreferences(false, true, true, true, true, true);
        Notifier notifier = new Notifier(() -> unfocusedOnly, beeps::incrementAndGet);
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        FailOnThreadViolationRepaintManager.install();
        FrameFixture studio = new FrameFixture(robot, GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("Sora Studio");
            frame.setName("studio");
            frame.add(new JButton("a button to hold the focus"));
            frame.setSize(300, 200);
            return frame;
        }));
        try {
            studio.show();
            GuiSteps.focus(studio);

            notifier.show(batch());
            flushEventThread();
            assertThat(RecordingNotificationDisplayer.SHOWN).as("the studio is active: nothing shown").isEmpty();
            assertThat(beeps).as("nor heard").hasValue(0);
            Notifier always = new Notifier(() -> new NotificationPreferences(false, true, true, true, true, false),
                    beeps::incrementAndGet);
            always.show(batch());
            GuiSteps.awaitTrue("the balloon while active, when asked for always", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);

            focusAnotherApplication();
            GuiSteps.awaitTrue("the studio no longer active", () -> KeyboardFocusManager.getCurrentKeyboardFocusManager()
                    .getActiveWindow() == null);
            notifier.show(batch());
            GuiSteps.awaitTrue("the balloon once the studio is not active", () -> RecordingNotificationDisplayer.SHOWN.size() == 2);
            flushEventThread();
            assertThat(beeps).hasValue(2);
        } finally {
            studio.cleanUp();
        }
    }

    /**
     * The user turns to another application: the X input focus goes to the display's root window (with xdotool, as
     * no window manager runs here), so the studio's window gets its focus-out and is no longer the active one.
     */
    private static void focusAnotherApplication() throws Exception {
        Process info = new ProcessBuilder("xwininfo", "-root").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(info.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Matcher id = Pattern.compile("Window id: (0x[0-9a-f]+)").matcher(text);
        assertThat(id.find()).as(text).isTrue();
        Process focus = new ProcessBuilder("xdotool", "windowfocus", id.group(1)).redirectErrorStream(true).start();
        assertThat(focus.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(focus.exitValue()).isZero();
    }

    private static boolean sameSwitch(Notice.Kind kind, Notice.Kind off) {
        boolean batch = kind == Notice.Kind.BATCH_FINISHED || kind == Notice.Kind.BATCH_FAILED;
        boolean batchOff = off == Notice.Kind.BATCH_FINISHED || off == Notice.Kind.BATCH_FAILED;
        return kind == off || batch && batchOff;
    }

    private static Notice batch() {
        return new Notice(Notice.Kind.BATCH_FINISHED, "Batch finished: 10 clips", "10 completed, 0 failed or cancelled.",
                Path.of("/tmp/clips"), null, null, null);
    }

    /** The notifier shows on the event thread: what it was asked before this returns has been done. */
    private static void flushEventThread() {
        GuiActionRunner.execute(() -> null);
        GuiActionRunner.execute(() -> null);
    }

    /** The texts of the tray balloons the X toolkit shows now (its own AWT windows, with a label per line). */
    private static List<String> trayMessages() {
        return GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getClass().getName().endsWith("InfoWindow$Balloon")) {
                    texts.addAll(labels(window));
                }
            }
            return texts;
        });
    }

    private static List<String> labels(Container container) {
        List<String> texts = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof JLabel label) {
                texts.add(label.getText());
            }
            if (child instanceof Container inner) {
                texts.addAll(labels(inner));
            }
        }
        return texts;
    }

    private static List<String> buttons(JComponent component) {
        List<String> names = new ArrayList<>();
        for (Component child : component.getComponents()) {
            if (child instanceof JButton button) {
                names.add(button.getText());
            } else if (child instanceof JComponent inner) {
                names.addAll(buttons(inner));
            }
        }
        return names;
    }
}
