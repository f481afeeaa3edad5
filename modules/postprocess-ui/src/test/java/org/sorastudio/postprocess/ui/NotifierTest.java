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

import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openide.awt.NotificationDisplayer;
import org.sorastudio.testing.gui.GuiSteps;

/**
 * The notification path as far as this display has one: a balloon with its buttons always, and a tray message where
 * the system has a tray. Under Xvfb there is no tray (no panel owns the tray selection), so the test checks the
 * decision: the tray is left alone and the balloon is the notification. On a desktop with a tray it checks the icon.
 */
class NotifierTest {

    private static final NotificationPreferences ALL = new NotificationPreferences(true, true, true, true, false, false);

    @BeforeEach
    void forget() {
        RecordingNotificationDisplayer.SHOWN.clear();
    }

    @Test
    void aBatchNoticeIsABalloonWithOpenFolderAndATrayMessageOnlyWhereThereIsATray() {
        Notifier notifier = new Notifier(() -> ALL);
        Path folder = Path.of("/tmp/clips");

        notifier.show(new Notice(Notice.Kind.BATCH_FINISHED, "Batch finished: 10 clips", "10 completed", folder, null, null, null));
        GuiSteps.awaitTrue("the balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);

        RecordingNotificationDisplayer.Balloon balloon = RecordingNotificationDisplayer.SHOWN.get(0);
        assertThat(balloon.title()).isEqualTo("Batch finished: 10 clips");
        assertThat(balloon.priority()).isEqualTo(NotificationDisplayer.Priority.NORMAL);
        assertThat(GuiActionRunner.execute(() -> buttons(balloon.details()))).contains("Open Folder").doesNotContain("Retry");
        boolean tray = SystemTray.isSupported();
        TrayIcon icon = GuiActionRunner.execute(notifier::trayIcon);
        if (tray) {
            assertThat(icon).as("a tray message on a desktop with a tray").isNotNull();
            assertThat(Arrays.asList(SystemTray.getSystemTray().getTrayIcons())).contains(icon);
            GuiActionRunner.execute(() -> SystemTray.getSystemTray().remove(icon));
        } else {
            assertThat(icon).as("no tray here (Xvfb): the balloon is the only notification").isNull();
        }
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

    @Test
    void aNoticeThePreferencesTurnOffIsNotShown() {
        Notifier notifier = new Notifier(() -> new NotificationPreferences(false, true, false, true, false, false));

        notifier.show(new Notice(Notice.Kind.BATCH_FINISHED, "Batch finished: 1 clip", "1 completed", null, null, null, null));
        notifier.show(new Notice(Notice.Kind.JOB_FAILED, "Job failed: x", "blocked", null, null, null, null));
        GuiSteps.awaitTrue("the failed job's balloon", () -> RecordingNotificationDisplayer.SHOWN.size() == 1);

        assertThat(RecordingNotificationDisplayer.SHOWN.get(0).title()).isEqualTo("Job failed: x");
    }

    private static List<String> buttons(JComponent component) {
        List<String> names = new java.util.ArrayList<>();
        for (java.awt.Component child : component.getComponents()) {
            if (child instanceof JButton button) {
                names.add(button.getText());
            } else if (child instanceof JComponent inner) {
                names.addAll(buttons(inner));
            }
        }
        return names;
    }
}
