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
package org.sorastudio.studio.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JComponent;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.core.l10n.LanguageChoice;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.ui.support.api.OptionsTabController;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;

/** The Language tab in a real window: the languages in their own names, the restart note, the kept choice. */
class LanguageOptionsTest {

    @TempDir
    Path userdir;

    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void choosingJapaneseKeepsItForTheLauncherAfterOk() throws IOException {
        LanguageChoice choice = LanguageChoice.inUserDirectory(userdir);
        LanguageOptionsController controller = open(choice);

        assertThat(window.comboBox("language").contents())
                .containsExactly("System default", "English", "Español", "Français", "Deutsch", "日本語");
        window.label("restartNote").requireText("The studio shows the chosen language after a restart.");
        window.comboBox("language").requireSelection("System default");
        assertThat(GuiActionRunner.execute(controller::isChanged)).isFalse();

        window.comboBox("language").selectItem("日本語");
        GuiSteps.awaitTrue("the tab reports a change", controller::isChanged);
        GuiActionRunner.execute(controller::applyChanges);
        OptionsTabController.awaitStorage();

        assertThat(choice.chosenTag()).isEqualTo("ja");
        assertThat(Files.readString(choice.file())).contains("--locale ja");
    }

    @Test
    void aLanguageWithoutBundlesShowsSystemDefaultAndSaysEnglishIsShown() throws IOException {
        Path conf = userdir.resolve(LanguageChoice.LAUNCHER_CONF);
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "default_options=\"${default_options} --locale it_IT\"\n", StandardCharsets.UTF_8);

        open(LanguageChoice.inUserDirectory(userdir));

        window.comboBox("language").requireSelection("System default");
        window.label("untranslated").requireText(
                "The studio was started in \"it_IT\", which it is not translated into, so it shows English.");
    }

    @Test
    void theUserIsToldOnceThatALanguageWithoutBundlesFallsBackToEnglish() throws BackingStoreException {
        Preferences preferences = Preferences.userRoot().node("sorastudio-test-" + System.nanoTime());
        try {
            assertThat(LanguageFallbackNotice.untoldFallback(Locale.ITALY, preferences)).contains("italiano");
            assertThat(LanguageFallbackNotice.untoldFallback(Locale.ITALY, preferences)).isEmpty();
            assertThat(LanguageFallbackNotice.untoldFallback(Locale.JAPAN, preferences)).isEmpty();
            assertThat(LanguageFallbackNotice.untoldFallback(Locale.ENGLISH, preferences)).isEmpty();
        } finally {
            preferences.removeNode();
        }
    }

    /** The Options window's Language tab, with the keyboard alone and in every language. */
    @Test
    void everyControlIsNamedReachedWithTheKeyboardAndHasItsOwnMnemonic() {
        open(LanguageChoice.inUserDirectory(userdir));
        KeyboardWalk.walk(window);
        MnemonicCheck.inEveryLanguage(() -> new LanguagePanel(() -> { }));
    }

    private LanguageOptionsController open(LanguageChoice choice) {
        LanguageOptionsController controller = new LanguageOptionsController(choice);
        JFrame frame = GuiActionRunner.execute(() -> {
            JComponent panel = controller.getComponent(Lookup.EMPTY);
            controller.update();
            JFrame f = new JFrame("Language");
            f.setContentPane(panel);
            f.setSize(600, 300);
            return f;
        });
        OptionsTabController.awaitStorage();
        GuiActionRunner.execute(controller::isChanged); // the kept choice reached the panel on the event thread
        window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
        return controller;
    }
}
