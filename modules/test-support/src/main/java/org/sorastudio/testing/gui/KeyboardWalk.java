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

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.DefaultButtonModel;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.AbstractWindowFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Walks a window with the keyboard alone, as a person without a mouse would: Tab from the first
 * component until the focus comes back round, then Shift+Tab once back. It fails, saying which
 * components, on
 * <ul>
 * <li>a component the walk reaches that has no accessible name (a screen reader would say nothing),</li>
 * <li>a focus trap: neither Tab nor Ctrl+Tab (Swing's way out of tables and text areas) moves the focus,</li>
 * <li>a cycle that misses a control a person uses (button, field, list, table, ...) showing and enabled in the window,</li>
 * <li>Shift+Tab not going back to where Tab came from,</li>
 * <li>a button without a mnemonic, or two buttons or bound labels sharing one ({@link MnemonicCheck}).</li>
 * </ul>
 * The walk presses real keys through the robot; give the window the focus first ({@link GuiSteps#focus}).
 */
public final class KeyboardWalk {

    private static final int MOVE_TIMEOUT_MS = 3_000;
    private static final int MAX_STEPS = 200;
    /** AssertJ Swing's robot takes modifiers in the old {@code InputEvent} masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = InputEvent.SHIFT_MASK;

    private KeyboardWalk() {
    }

    /** Walks {@code window}'s focus cycle and returns the components reached, in Tab order. */
    public static List<Component> walk(AbstractWindowFixture<?, ? extends Window, ?> window) {
        GuiSteps.focus(window);
        Robot robot = window.robot();
        Component start = focusOwner();
        if (start instanceof Window) {
            // the window itself holds the focus until the first Tab moves it into its focus cycle
            start = press(robot, start, KeyEvent.VK_TAB, 0);
        }
        // a control disabled when the walk starts may be enabled by it (a row selected on the way): only those in both count
        List<Component> expected = GuiActionRunner.execute(() -> controls(window.target()));
        List<Component> cycle = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Component current = start;
        do {
            cycle.add(current);
            Component next = press(robot, current, KeyEvent.VK_TAB, 0);
            if (next == current) {
                next = press(robot, current, KeyEvent.VK_TAB, CTRL);
            }
            if (next == current && expected.size() <= 1) {
                break; // a window with one control: Tab has nowhere else to go
            }
            if (next == current) {
                problems.add("focus trap: neither Tab nor Ctrl+Tab leaves " + describe(current));
                break;
            }
            current = next;
        } while (current != start && cycle.size() < MAX_STEPS);
        if (cycle.size() >= MAX_STEPS) {
            problems.add("Tab never comes back to " + describe(start) + " after " + MAX_STEPS + " steps");
        }
        for (Component reached : new LinkedHashSet<>(cycle)) {
            if (accessibleName(reached).isBlank()) {
                problems.add("no accessible name: " + describe(reached));
            }
        }
        Set<Component> reachedControls = new LinkedHashSet<>();
        cycle.forEach(c -> reachedControls.add(control(c)));
        List<Component> stillThere = GuiActionRunner.execute(() -> controls(window.target()));
        for (Component control : expected) {
            if (stillThere.contains(control) && !reachedControls.contains(control) && !groupReached(control, reachedControls)) {
                problems.add("Tab never reaches " + describe(control));
            }
        }
        if (problems.isEmpty() && cycle.size() > 1) {
            Component back = press(robot, start, KeyEvent.VK_TAB, SHIFT);
            if (back == start) {
                back = press(robot, start, KeyEvent.VK_TAB, SHIFT | CTRL);
            }
            if (back != cycle.get(cycle.size() - 1)) {
                problems.add("Shift+Tab from " + describe(start) + " goes to " + describe(back) + ", not back to "
                        + describe(cycle.get(cycle.size() - 1)));
            }
        }
        problems.addAll(MnemonicCheck.problems(window.target()));
        if (!problems.isEmpty()) {
            throw new AssertionError(window.target().getName() + " fails the keyboard walk:\n  " + String.join("\n  ", problems));
        }
        return cycle;
    }

    /** Presses Escape in {@code window} and waits until it is no longer showing (a dialog's Cancel). */
    public static void escapeCloses(AbstractWindowFixture<?, ? extends Window, ?> window) {
        window.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        GuiSteps.awaitTrue(window.target().getName() + " closed by Escape", () -> !window.target().isShowing());
    }

    /** Presses {@code key} with {@code modifiers} and returns the focus owner once it is not {@code from}, or {@code from}. */
    private static Component press(Robot robot, Component from, int key, int modifiers) {
        robot.pressAndReleaseKey(key, modifiers);
        robot.waitForIdle();
        try {
            Pause.pause(new Condition("the focus leaves " + describe(from)) {
                @Override
                public boolean test() {
                    Component owner = focusOwner();
                    return owner != null && owner != from;
                }
            }, Timeout.timeout(MOVE_TIMEOUT_MS));
        } catch (org.assertj.swing.exception.WaitTimedOutError stayed) {
            return from;
        }
        return focusOwner();
    }

    private static Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    /**
     * Tab stops at one radio button of a group (the selected one) and the arrow keys move within it, as Swing does:
     * a radio button counts as reached when another of its group was.
     */
    private static boolean groupReached(Component control, Set<Component> reached) {
        return GuiActionRunner.execute(() -> control instanceof JRadioButton radio
                && radio.getModel() instanceof DefaultButtonModel model && model.getGroup() != null
                && java.util.Collections.list(model.getGroup().getElements()).stream().anyMatch(reached::contains));
    }

    /** What a person operates: an editable combo's or a spinner's text field counts as the combo or spinner. */
    private static Component control(Component reached) {
        Component combo = SwingUtilities.getAncestorOfClass(JComboBox.class, reached);
        Component spinner = SwingUtilities.getAncestorOfClass(JSpinner.class, reached);
        return combo != null ? combo : spinner != null ? spinner : reached;
    }

    /** The name a screen reader says; a combo's or spinner's editor is announced by its owner. */
    private static String accessibleName(Component reached) {
        return GuiActionRunner.execute(() -> {
            Component control = control(reached);
            String name = control.getAccessibleContext() == null ? null : control.getAccessibleContext().getAccessibleName();
            return name == null ? "" : name;
        });
    }

    /** The controls a person uses that show, are enabled and take the focus: the walk has to reach each of them. */
    private static List<Component> controls(Container root) {
        List<Component> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (isControl(child)) {
                if (child.isEnabled() && child.isFocusable()) {
                    found.add(child);
                }
                if (child instanceof JComboBox<?> || child instanceof JSpinner) {
                    continue;
                }
            }
            if (child instanceof Container container) {
                found.addAll(controls(container));
            }
        }
        return found;
    }

    private static boolean isControl(Component c) {
        return c instanceof AbstractButton || c instanceof JTextComponent || c instanceof JComboBox<?> || c instanceof JList<?>
                || c instanceof JTable || c instanceof JTree || c instanceof JSlider || c instanceof JSpinner
                || c instanceof JTabbedPane;
    }

    private static String describe(Component c) {
        if (c == null) {
            return "nothing";
        }
        Class<?> type = c.getClass().isAnonymousClass() ? c.getClass().getSuperclass() : c.getClass();
        return GuiActionRunner.execute(() -> type.getSimpleName() + (c.getName() == null ? "" : " '" + c.getName() + "'")
                + (c.getParent() == null || c.getParent().getName() == null ? "" : " in '" + c.getParent().getName() + "'")
                + (c instanceof AbstractButton b && b.getText() != null ? " \"" + b.getText() + "\"" : ""));
    }
}
