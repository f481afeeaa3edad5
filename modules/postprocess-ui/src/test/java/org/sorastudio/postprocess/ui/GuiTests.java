package org.sorastudio.postprocess.ui;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.AbstractWindowFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Xvfb has no window manager: until a window holds the focus, the robot's first click or keystroke can go nowhere. */
final class GuiTests {

    private GuiTests() {
    }

    static void focus(AbstractWindowFixture<?, ?, ?> window) {
        window.focus();
        Pause.pause(new Condition("the window has the focus") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.target().getFocusOwner() != null);
            }
        }, Timeout.timeout(10_000));
    }

    static void waitUntil(String description, java.util.function.BooleanSupplier condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(30_000));
    }
}
