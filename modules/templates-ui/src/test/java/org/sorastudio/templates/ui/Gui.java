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
package org.sorastudio.templates.ui;

import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.awt.Dialog;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.AbstractContainerFixture;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.sorastudio.testing.gui.GuiSteps;

/** Waiting and pressing helpers for the module's AssertJ Swing tests; the panels work off the EDT, so tests wait for results. */
public final class Gui {

    private static final int TIMEOUT_MS = 15_000;

    private Gui() {
    }

    /** Waits until {@code condition} holds; {@code state} says what there is instead when it never does. */
    public static void awaitTrue(String what, Supplier<Boolean> condition, Supplier<Object> state) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.get();
            }

            @Override
            protected String descriptionAddendum() {
                return state == null ? "" : " (instead: " + state.get() + ")";
            }
        }, timeout(TIMEOUT_MS));
    }

    public static void awaitTrue(String what, Supplier<Boolean> condition) {
        awaitTrue(what, condition, null);
    }

    /** The showing dialog with this title, once it has the keyboard focus. */
    public static DialogFixture dialogTitled(Robot robot, String title) {
        DialogFixture dialog = WindowFinder.findDialog(new GenericTypeMatcher<Dialog>(Dialog.class) {
            @Override
            protected boolean isMatching(Dialog dialog) {
                return title.equals(dialog.getTitle()) && dialog.isShowing();
            }
        }).withTimeout(TIMEOUT_MS).using(robot);
        awaitTrue(title + " has the focus", () -> GuiActionRunner.execute(() -> dialog.target().getFocusOwner() != null));
        return dialog;
    }

    /**
     * Saves {@code window} as {@code NAME.png} in the folder named by the system property
     * {@code templates.ui.screenshots}, when it is set: for looking at the UI, not for asserting.
     */
    public static void screenshot(Window window, String name) {
        String folder = System.getProperty("templates.ui.screenshots");
        if (folder != null && !folder.isBlank()) {
            new ScreenshotTaker().saveComponentAsPng(window, Path.of(folder, name + ".png").toString());
        }
    }

    /**
     * Presses a button that opens a modal dialog: the click is posted, since the dialog's event
     * loop only returns when it closes; find the dialog next with {@link #dialogTitled}.
     */
    public static void pressOpening(JButtonFixture button) {
        JButton target = button.target();
        awaitTrue(target.getName() + " is enabled", () -> GuiActionRunner.execute(target::isEnabled));
        SwingUtilities.invokeLater(target::doClick);
    }

    /** Selects the row at {@code index} through Swing, for the same reason as {@link #press(JButtonFixture)}. */
    public static void select(JListFixture list, int index) {
        GuiActionRunner.execute(() -> {
            list.target().setSelectedIndex(index);
            return true;
        });
    }

    public static boolean dialogShowing(String title) {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .anyMatch(w -> w instanceof Dialog d && title.equals(d.getTitle()) && d.isShowing()));
    }

    /**
     * Presses a button through Swing rather than the mouse: on a busy X server a robot click can
     * land before a dialog is mapped, or be lost, which makes a test fail for nothing. Typing still
     * goes through the robot.
     */
    public static void press(AbstractContainerFixture<?, ?, ?> container, String text) {
        press(container.button(withText(text)));
    }

    /** Presses {@code button} through Swing once it is enabled (panels enable actions as background work ends). */
    public static void press(JButtonFixture button) {
        GuiSteps.press(button);
    }

    public static GenericTypeMatcher<JButton> withText(String text) {
        return new GenericTypeMatcher<>(JButton.class) {
            @Override
            protected boolean isMatching(JButton button) {
                return text.equals(button.getText()) && button.isShowing();
            }
        };
    }
}
