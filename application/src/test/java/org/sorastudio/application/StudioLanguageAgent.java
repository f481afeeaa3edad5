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

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Frame;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.UIManager;

/**
 * A Java agent for the built studio ({@code -J-javaagent:JAR=REPORT}) that lets {@link WindowOpenerAgent} open every
 * window and write every text they show ({@code text} lines), then writes what the platform itself shows and the
 * size the texts are drawn at: the look and feel ({@value #LAF}), the look and feel's own text size and each label's
 * and button's ({@value #SIZE}), the main menu bar's menus ({@value #MENU}), and every text of the Options window
 * ({@value #OPTIONS}) and of Help &gt; Keyboard Shortcuts ({@value #SHORTCUTS}), each dialog opened as the menu
 * opens it and closed again; then {@value #FINISHED}.
 */
public final class StudioLanguageAgent {

    static final String LAF = "laf ";
    static final String SIZE = "size ";
    static final String MENU = "menu ";
    static final String OPTIONS = "options ";
    static final String SHORTCUTS = "shortcuts ";
    static final String FINISHED = "studio language report done";

    /** How long a dialog opened from the agent gets to show and fill itself. */
    private static final long DIALOG_MILLIS = 20_000;

    private StudioLanguageAgent() {
    }

    public static void premain(String report) {
        WindowOpenerAgent.premain(report + "|" + WindowOpenerAgent.TEXTS);
        Thread reporter = new Thread(() -> reportWhenOpen(Path.of(report)), "studio-language-agent");
        reporter.setDaemon(true);
        reporter.start();
    }

    private static void reportWhenOpen(Path report) {
        try {
            while (!Files.isRegularFile(report) || !Files.readString(report).contains(WindowOpenerAgent.DONE)) {
                Thread.sleep(100);
            }
            ClassLoader modules = WindowOpenerAgent.modulesClassLoader();
            List<String> lines = new ArrayList<>();
            EventQueue.invokeAndWait(() -> {
                lines.add(LAF + UIManager.getLookAndFeel().getClass().getName());
                Font own = UIManager.getLookAndFeelDefaults().getFont("defaultFont");
                lines.add(SIZE + "own " + (own == null ? 0 : own.getSize2D()));
                for (Window window : Window.getWindows()) {
                    if (window.isShowing()) {
                        sizes(window, lines);
                    }
                    if (window instanceof JFrame frame && frame.isShowing() && frame.getJMenuBar() != null) {
                        JMenuBar bar = frame.getJMenuBar();
                        for (int i = 0; i < bar.getMenuCount(); i++) {
                            JMenu menu = bar.getMenu(i);
                            if (menu != null && menu.isVisible()) {
                                lines.add(MENU + menu.getText());
                            }
                        }
                    }
                }
            });
            lines.forEach(line -> write(report, line));
            Class<?> options = modules.loadClass("org.netbeans.api.options.OptionsDisplayer");
            Object displayer = options.getMethod("getDefault").invoke(null);
            reportDialog(report, OPTIONS, () -> invoke(() -> options.getMethod("open").invoke(displayer)));
            Class<?> actions = modules.loadClass("org.openide.awt.Actions");
            ActionListener shortcuts = (ActionListener) actions.getMethod("forID", String.class, String.class)
                    .invoke(null, "Help", "org.sorastudio.studio.ui.help.KeyboardShortcuts");
            reportDialog(report, SHORTCUTS, () -> shortcuts.actionPerformed(new ActionEvent(report, ActionEvent.ACTION_PERFORMED, "")));
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            write(report, WindowOpenerAgent.FAILED + "to report the platform's texts: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(report, FINISHED);
    }

    /** Opens a dialog later on the EDT (a modal one blocks there), writes its texts once it shows, and closes it. */
    private static void reportDialog(Path report, String prefix, Runnable open) throws InterruptedException {
        Set<Window> before = Set.of(Window.getWindows());
        EventQueue.invokeLater(open);
        long deadline = System.currentTimeMillis() + DIALOG_MILLIS;
        Dialog dialog = null;
        while (dialog == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            for (Window window : Window.getWindows()) {
                if (window instanceof Dialog shown && shown.isShowing() && !before.contains(shown)) {
                    dialog = shown;
                }
            }
        }
        if (dialog == null) {
            write(report, WindowOpenerAgent.FAILED + prefix + "did not show within " + DIALOG_MILLIS + " ms");
            return;
        }
        // let the dialog fill itself (the Options window loads its panels off the EDT)
        Thread.sleep(3000);
        Dialog shown = dialog;
        List<String> lines = new ArrayList<>();
        try {
            EventQueue.invokeAndWait(() -> {
                lines.add(prefix + "title: " + shown.getTitle());
                texts(shown, prefix, lines);
                sizes(shown, lines);
                shown.setVisible(false);
                shown.dispose();
            });
        } catch (InvocationTargetException e) {
            lines.add(WindowOpenerAgent.FAILED + prefix + e.getCause());
        }
        lines.forEach(line -> write(report, line));
    }

    private static void texts(Component component, String prefix, List<String> lines) {
        if (!component.isVisible()) {
            return;
        }
        String text = component instanceof JLabel label ? label.getText()
                : component instanceof AbstractButton button ? button.getText() : null;
        if (text != null && !text.isBlank()) {
            lines.add(prefix + component.getClass().getSimpleName() + ": " + text.replace("\n", "\u23CE"));
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                texts(child, prefix, lines);
            }
        }
    }

    /** {@code size PT kind: text} for every showing label and button with a text. */
    private static void sizes(Component component, List<String> lines) {
        if (!component.isShowing()) {
            return;
        }
        String text = component instanceof JLabel label ? label.getText()
                : component instanceof AbstractButton button ? button.getText() : null;
        if (text != null && !text.isBlank() && component.getFont() != null && !(component instanceof Frame)) {
            lines.add(SIZE + component.getFont().getSize2D() + " " + component.getClass().getSimpleName() + ": "
                    + text.replace("\n", "\u23CE"));
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                sizes(child, lines);
            }
        }
    }

    private static void invoke(ReflectiveCall call) {
        try {
            call.run();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface ReflectiveCall {
        void run() throws ReflectiveOperationException;
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
