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

import java.io.File;
import java.io.IOException;
import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.modules.Places;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.l10n.LanguageChoice;
import org.sorastudio.core.l10n.StudioLanguage;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.OptionsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/**
 * The Language tab of the studio's Options category. The choice goes where the launcher reads its options
 * ({@link LanguageChoice}): the launcher's {@code --locale} tag as written there, empty for the system's language.
 */
@OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "Language", displayName = "#LanguageOptions.name",
        keywords = "#LanguageOptions.keywords", keywordsCategory = "SoraStudio/Language", position = 650)
@Messages({
    "LanguageOptions.name=Language",
    "LanguageOptions.keywords=language locale translation English Español Français Deutsch 日本語",
    "# {0} - the launcher configuration file",
    "# {1} - why",
    "LanguageOptions.cannotSave=The language could not be kept in {0}: {1}"
})
public final class LanguageOptionsController extends OptionsTabController<String> {

    private final LanguageChoice choice;

    /** The choice in the platform's user directory, as the launcher's {@code --userdir} names it. */
    public LanguageOptionsController() {
        this(LanguageChoice.inUserDirectory(userDirectory().toPath()));
    }

    LanguageOptionsController(LanguageChoice choice) {
        this.choice = choice;
    }

    @Override
    protected OptionsTab<String> createTab(Runnable edited) {
        LanguagePanel panel = new LanguagePanel(edited);
        return new OptionsTab<>() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void load(String launcherTag) {
                panel.show(launcherTag);
            }

            @Override
            public UnaryOperator<String> edits() {
                String chosen = panel.chosen().tag();
                return kept -> chosen;
            }
        };
    }

    @Override
    protected String read() throws IOException {
        return choice.chosenTag();
    }

    @Override
    protected void write(UnaryOperator<String> edits) throws IOException {
        choice.choose(StudioLanguage.forTag(edits.apply(read())).orElse(StudioLanguage.SYSTEM));
    }

    /** A tag the studio has no bundles for shows as the system's language: choosing that is no change. */
    @Override
    protected boolean differs(String kept, String chosen) {
        return !chosen.equals(StudioLanguage.forTag(kept).map(StudioLanguage::tag).orElse(""));
    }

    @Override
    protected String cannotSave(String reason) {
        return Bundle.LanguageOptions_cannotSave(choice.file(), reason);
    }

    private static File userDirectory() {
        File userdir = Places.getUserDirectory();
        return userdir != null ? userdir : new File(System.getProperty("user.home"), ".sorastudio");
    }
}
