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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import javax.swing.JScrollBar;
import javax.swing.JSpinner;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Mnemonics in a window, as a keyboard user relies on them: every button, check box, radio button and toggle with a
 * text has one (Alt+letter), and no two buttons or bound labels of one window share a letter (the second would never
 * be reached). Buttons without text (an icon, a combo's arrow) and those inside combos, spinners and scroll bars are
 * not a person's buttons; a dialog's OK, Cancel and Close (in any of the studio's languages), a wizard's Next and a
 * dialog's default button are reached with Enter and Escape and, as the platform's dialogs have them, carry none.
 * {@link KeyboardWalk#walk} runs it on every window it walks; {@link #inEveryLanguage} builds a panel under each of
 * the studio's languages and checks each (a translation may pick the same letter twice).
 */
public final class MnemonicCheck {

    /** The studio's languages: English and its four translations. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH,
            Locale.GERMAN, Locale.JAPANESE);

    /** OK, Cancel, Close and Next as the platform's dialogs and wizards label them: Enter and Escape reach them. */
    private static final Set<String> ENTER_AND_ESCAPE = Set.of("OK", "Cancel", "Close", "Next >", "Cancelar", "Cerrar", "Annuler", "Fermer",
            "Abbrechen", "Schließen", "キャンセル", "閉じる");

    private MnemonicCheck() {
    }

    /** What is wrong with the mnemonics of {@code root}'s visible buttons and labels; empty when nothing is. */
    public static List<String> problems(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> problems = new ArrayList<>();
            Map<Integer, Component> taken = new LinkedHashMap<>();
            collect(root, problems, taken);
            return problems;
        });
    }

    /** Fails, listing them, when {@code root} has a button without a mnemonic or two sharing one. */
    public static void check(Container root) {
        List<String> problems = problems(root);
        if (!problems.isEmpty()) {
            throw new AssertionError(root.getName() + " has mnemonic problems:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * Builds {@code panel} (on the event thread) with each of {@link #LANGUAGES} as the default locale, as the studio
     * started in that language does, and checks its mnemonics; fails listing every language's problems.
     */
    public static void inEveryLanguage(Supplier<? extends Container> panel) {
        Locale before = Locale.getDefault();
        List<String> problems = new ArrayList<>();
        try {
            for (Locale language : LANGUAGES) {
                Locale.setDefault(language);
                Container built = GuiActionRunner.execute(panel::get);
                problems(built).forEach(p -> problems.add(language + ": " + p));
            }
        } finally {
            Locale.setDefault(before);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("mnemonic problems:\n  " + String.join("\n  ", problems));
        }
    }

    private static void collect(Container parent, List<String> problems, Map<Integer, Component> taken) {
        for (Component child : parent.getComponents()) {
            if (!child.isVisible() || child instanceof JComboBox<?> || child instanceof JSpinner || child instanceof JScrollBar) {
                continue;
            }
            int mnemonic = 0;
            if (child instanceof AbstractButton button && !(child instanceof JMenuItem) && hasText(button.getText())
                    && !enterOrEscape(button)) {
                mnemonic = button.getMnemonic();
                int shown = button.getDisplayedMnemonicIndex();
                if (mnemonic == 0) {
                    problems.add("no mnemonic: " + describe(child));
                } else if (shown < 0 || shown >= button.getText().length()
                        || Character.toUpperCase(button.getText().charAt(shown)) != mnemonic) {
                    // Alt+letter works, but nothing tells the user which letter: it must be underlined in the text
                    problems.add("Alt+" + (char) mnemonic + " is not underlined in the text of " + describe(child));
                }
            } else if (child instanceof JLabel label && label.getLabelFor() != null) {
                mnemonic = label.getDisplayedMnemonic();
            }
            if (mnemonic != 0) {
                Component first = taken.putIfAbsent(mnemonic, child);
                if (first != null) {
                    problems.add("Alt+" + (char) mnemonic + " on both " + describe(first) + " and " + describe(child));
                }
            }
            if (child instanceof Container container) {
                collect(container, problems, taken);
            }
        }
    }

    private static boolean enterOrEscape(AbstractButton button) {
        JRootPane root = button.getRootPane();
        return ENTER_AND_ESCAPE.contains(button.getText().trim()) || root != null && root.getDefaultButton() == button;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank() && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String describe(Component c) {
        String text = c instanceof AbstractButton b ? b.getText() : c instanceof JLabel l ? l.getText() : null;
        return c.getClass().getSimpleName() + (c.getName() == null ? "" : " '" + c.getName() + "'")
                + (text == null ? "" : " \"" + text + "\"");
    }
}
