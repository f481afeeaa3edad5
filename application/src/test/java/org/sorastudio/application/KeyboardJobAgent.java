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
package org.sorastudio.application;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;

/**
 * A Java agent for the built studio ({@code -J-javaagent:JAR=REPORT}, started with {@code --locale en}) that does a
 * whole job the way a person without a mouse does, with real key presses ({@link Robot}, through the X server) and
 * nothing else: Alt+W S opens the Shot Editor (its prompt gets the focus), the prompt is typed, Ctrl+Enter generates,
 * Alt+W Q goes to the Queue (its job table gets the focus), Ctrl+Home selects the job, Enter plays the finished clip
 * in the Player (its clock moves), Space pauses it (the clock stops) and Space plays it again (the clock moves).
 * Between the keys it only looks: who has the focus, what the prompt, the table and the Play/Pause button show, the
 * player's clock. One {@value #STEP} line per step reached,
 * {@value #DONE} at the end, or {@value #FAILED} with what it waited for and what it saw.
 */
public final class KeyboardJobAgent {

    static final String STEP = "step ";
    static final String DONE = "keyboard job done";
    static final String FAILED = "failed ";
    static final String PROMPT = "a red kite over a grey sea";
    private static final long STEP_MILLIS = 20_000;
    private static final long GENERATION_MILLIS = 240_000;

    private KeyboardJobAgent() {
    }

    public static void premain(String report) {
        Thread driver = new Thread(() -> run(Path.of(report)), "keyboard-job-agent");
        driver.setDaemon(true);
        driver.start();
    }

    private static void run(Path report) {
        try {
            while (System.getProperty("netbeans.user") == null) {
                Thread.sleep(100);
            }
            Path log = Path.of(System.getProperty("netbeans.user"), "var", "log", "messages.log");
            while (!Files.isRegularFile(log) || !Files.readString(log).contains(StudioLaunch.READY)) {
                Thread.sleep(100);
            }
            Robot robot = new Robot();
            robot.setAutoDelay(30);
            // the window manager's part: the main window has the keyboard focus, as after a start on a desktop
            Frame main = onEdt(KeyboardJobAgent::mainWindow);
            if (!waitFor(() -> main.isFocused(), 5_000)) {
                EventQueue.invokeAndWait(main::toFront);
            }
            expect(report, "the main window has the focus", () -> main.isFocused(), STEP_MILLIS);

            menu(robot, KeyEvent.VK_W, KeyEvent.VK_S);
            expect(report, "Alt+W S: the Shot Editor's prompt has the focus", () -> "prompt".equals(focusName()), STEP_MILLIS);
            type(robot, PROMPT);
            expect(report, "the prompt reads \"" + PROMPT + "\"", () -> PROMPT.equals(focusText()), STEP_MILLIS);
            robot.keyPress(KeyEvent.VK_CONTROL);
            press(robot, KeyEvent.VK_ENTER);
            robot.keyRelease(KeyEvent.VK_CONTROL);
            expect(report, "Ctrl+Enter: a job is in the queue", () -> table("jobs").getRowCount() > 0, STEP_MILLIS);

            menu(robot, KeyEvent.VK_W, KeyEvent.VK_Q);
            expect(report, "Alt+W Q: the Queue's job table has the focus", () -> "jobs".equals(focusName()), STEP_MILLIS);
            robot.keyPress(KeyEvent.VK_CONTROL);
            press(robot, KeyEvent.VK_HOME);
            robot.keyRelease(KeyEvent.VK_CONTROL);
            expect(report, "Ctrl+Home: the job is selected", () -> table("jobs").getSelectedRow() == 0, STEP_MILLIS);
            expect(report, "the simulator finished the clip (Play is enabled)", () -> named("play").isEnabled(), GENERATION_MILLIS);

            press(robot, KeyEvent.VK_ENTER);
            expect(report, "Enter: the clip plays in the Player", () -> "Pause".equals(buttonText("playPause")), STEP_MILLIS);
            String startedAt = onEdt(() -> text("time"));
            expect(report, "playback started: the player's clock moves on from " + startedAt, () -> !startedAt.equals(text("time")),
                    STEP_MILLIS);
            press(robot, KeyEvent.VK_SPACE);
            expect(report, "Space: paused", () -> "Play".equals(buttonText("playPause")), STEP_MILLIS);
            Thread.sleep(500);
            String pausedAt = onEdt(() -> text("time"));
            Thread.sleep(1000);
            expect(report, "the clock stays at " + pausedAt + " while paused", () -> pausedAt.equals(text("time")), STEP_MILLIS);
            press(robot, KeyEvent.VK_SPACE);
            expect(report, "Space: playing again", () -> "Pause".equals(buttonText("playPause")), STEP_MILLIS);
            expect(report, "the player's clock moves on from " + pausedAt, () -> !pausedAt.equals(text("time")), STEP_MILLIS);
            write(report, DONE);
        } catch (IOException | AWTException | InvocationTargetException | RuntimeException e) {
            write(report, FAILED + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Alt+{@code menu}, then {@code item}: a menu opened and an entry chosen by their mnemonics. */
    private static void menu(Robot robot, int menu, int item) {
        robot.keyPress(KeyEvent.VK_ALT);
        press(robot, menu);
        robot.keyRelease(KeyEvent.VK_ALT);
        robot.delay(300);
        press(robot, item);
    }

    private static void type(Robot robot, String text) {
        for (char c : text.toCharArray()) {
            press(robot, c == ' ' ? KeyEvent.VK_SPACE : KeyEvent.getExtendedKeyCodeForChar(c));
        }
    }

    private static void press(Robot robot, int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    /** Waits for {@code condition} (evaluated on the EDT); writes the step, or fails with what the studio shows. */
    private static void expect(Path report, String step, Supplier<Boolean> condition, long millis) throws InterruptedException {
        if (!waitFor(condition, millis)) {
            String text = onEdt(KeyboardJobAgent::focusText);
            throw new IllegalStateException("no \"" + step + "\" within " + millis + " ms; the focus is on " + describe(focusOwner())
                    + (text == null ? "" : ", which reads \"" + text + "\""));
        }
        write(report, STEP + step);
    }

    private static boolean waitFor(Supplier<Boolean> condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (onEdt(() -> {
                try {
                    return condition.get();
                } catch (RuntimeException notYet) {
                    return false;
                }
            })) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static <T> T onEdt(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> value.set(read.get()));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value.get();
    }

    private static Frame mainWindow() {
        for (Frame frame : Frame.getFrames()) {
            if (frame.isShowing() && frame instanceof javax.swing.JFrame swing && swing.getJMenuBar() != null) {
                return frame;
            }
        }
        throw new IllegalStateException("no main window");
    }

    private static Component focusOwner() {
        return onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    private static String focusName() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner == null ? null : owner.getName();
    }

    private static String focusText() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner instanceof JTextComponent text ? text.getText() : null;
    }

    /** The showing component named {@code name} in any window; throws while there is none. */
    private static Component named(String name) {
        for (Window window : Window.getWindows()) {
            Component found = window.isShowing() ? find(window, name) : null;
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("nothing named " + name + " shows");
    }

    private static Component find(Container parent, String name) {
        for (Component child : parent.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return child;
            }
            Component found = child instanceof Container container ? find(container, name) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JTable table(String name) {
        return (JTable) named(name);
    }

    private static String buttonText(String name) {
        return ((AbstractButton) named(name)).getText();
    }

    private static String text(String name) {
        return ((JLabel) named(name)).getText();
    }

    private static String describe(Component c) {
        return c == null ? "nothing" : c.getClass().getName() + (c.getName() == null ? "" : " '" + c.getName() + "'");
    }

    private static void write(Path report, String line) {
        try {
            Files.writeString(report, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
