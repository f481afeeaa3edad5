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
package org.sorastudio.testing.gui;

import java.awt.Window;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.AbstractButtonFixture;
import org.assertj.swing.fixture.AbstractWindowFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The steps AssertJ Swing tests share to stay reliable on Xvfb, which has no window manager: a
 * window has to be given the focus before the robot types into it, and a robot click can be lost
 * (or land in another test run's window on a shared display), so a button whose press is not what
 * a test checks is pressed through Swing.
 */
public final class GuiSteps {

    private static final int TIMEOUT_MS = 15_000;

    private GuiSteps() {
    }

    /** Waits until {@code condition} holds (it is evaluated on the event thread). */
    public static void awaitTrue(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, Timeout.timeout(TIMEOUT_MS));
    }

    /** {@link #await(String, Duration, BooleanSupplier)} for up to 30 seconds. */
    public static void await(String what, BooleanSupplier condition) {
        await(what, Duration.ofSeconds(30), condition);
    }

    /**
     * Waits up to {@code timeout} until {@code condition} holds, evaluated on the calling thread: for conditions on a
     * queue, a file or a process (one that reads Swing state reads it through {@code GuiActionRunner} itself), and for
     * waits longer than {@link #awaitTrue}'s.
     */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(timeout.toMillis()));
    }

    /** Gives a shown window the keyboard focus and waits until one of its components holds it. */
    public static void focus(AbstractWindowFixture<?, ? extends Window, ?> window) {
        window.focus();
        awaitTrue(window.target().getName() + " has the focus", () -> window.target().getFocusOwner() != null);
    }

    /**
     * Presses {@code button} through Swing once it is enabled: panels enable their actions when background work ends.
     * Without the 68 ms {@code doClick()} holds the event thread to draw the button pressed, which a benchmark probing
     * the event thread would count as the studio's stall.
     */
    public static void press(AbstractButtonFixture<?, ? extends AbstractButton> button) {
        AbstractButton target = button.target();
        awaitTrue(target.getName() + " is enabled", target::isEnabled);
        GuiActionRunner.execute(() -> {
            target.doClick(0);
            return null;
        });
    }
}
