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
package org.sorastudio.moderation.ui;

import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.OptionsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/** The Safety tab of the Sora Studio options: the safety preferences, read and written off the event thread. */
@OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "Safety", displayName = "#SafetyOptions.category",
        keywords = "#SafetyOptions.keywords", keywordsCategory = "SoraStudio/Safety", position = 500)
@Messages({
    "SafetyOptions.category=Safety",
    "SafetyOptions.keywords=moderation safety blocked prompt check words rewrite",
    "# {0} - reason",
    "SafetyOptions.cannotSave=The safety settings could not be saved: {0}"
})
public final class SafetyOptionsController extends OptionsTabController<SafetyPreferences> {

    @Override
    protected OptionsTab<SafetyPreferences> createTab(Runnable edited) {
        SafetyOptionsPanel panel = new SafetyOptionsPanel(edited);
        return new OptionsTab<>() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void load(SafetyPreferences preferences) {
                panel.load(preferences);
            }

            @Override
            public UnaryOperator<SafetyPreferences> edits() {
                SafetyPreferences shown = panel.preferences();
                return stored -> shown;
            }
        };
    }

    @Override
    protected SafetyPreferences read() {
        return SafetyPreferences.load();
    }

    @Override
    protected void write(UnaryOperator<SafetyPreferences> edits) {
        edits.apply(read()).save();
    }

    @Override
    protected String cannotSave(String reason) {
        return Bundle.SafetyOptions_cannotSave(reason);
    }
}
