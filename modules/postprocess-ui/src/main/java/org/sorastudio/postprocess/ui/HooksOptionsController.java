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
package org.sorastudio.postprocess.ui;

import java.io.IOException;
import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.OptionsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/**
 * The Post-processing tab of the Sora Studio options: the hook steps and disk threshold (in the settings) and the
 * notification preferences, read and written off the EDT.
 */
@OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "PostProcessing",
        displayName = "#PostProcessingOptions.category", keywords = "#PostProcessingOptions.keywords",
        keywordsCategory = "SoraStudio/PostProcessing", position = 400)
@Messages({
    "PostProcessingOptions.category=Post-processing",
    "PostProcessingOptions.keywords=hook gif ffmpeg post-processing notification disk space free threshold",
    "# {0} - reason",
    "PostProcessingOptions.cannotSave=The post-processing settings could not be saved: {0}"
})
public final class HooksOptionsController extends OptionsTabController<HooksOptionsController.Values> {

    /** What the tab edits: the settings' post-processing part and the notification preferences. */
    record Values(PostProcessingSettings postProcessing, NotificationPreferences notifications) {
    }

    @Override
    protected OptionsTab<Values> createTab(Runnable edited) {
        HooksOptionsPanel panel = new HooksOptionsPanel(edited);
        return new OptionsTab<>() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void load(Values values) {
                panel.load(values.postProcessing(), values.notifications());
            }

            @Override
            public UnaryOperator<Values> edits() {
                Values shown = new Values(panel.postProcessing(), panel.notifications());
                return stored -> shown;
            }
        };
    }

    @Override
    protected Values read() {
        return new Values(StudioPostProcessing.settings().postProcessing(), NotificationPreferences.load());
    }

    @Override
    protected void write(UnaryOperator<Values> edits) throws IOException {
        Values values = edits.apply(read());
        values.notifications().save();
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        if (store != null) {
            store.update(current -> current.withPostProcessing(values.postProcessing()));
        }
    }

    @Override
    protected String cannotSave(String reason) {
        return Bundle.PostProcessingOptions_cannotSave(reason);
    }
}
