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
package org.sorastudio.queue.ui.options;

import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;
import org.sorastudio.ui.support.api.OptionsForm;
import org.sorastudio.ui.support.api.OptionsTab;

/** The Queue tab's fields: generations at once and retries of a call that failed for a passing reason. */
@Messages({
    "QueueOptions.parallel=&Jobs at once:",
    "QueueOptions.parallelTip=How many generations run on the server at the same time; the rest wait in the queue",
    "QueueOptions.retries=&Retries of a failed call:",
    "QueueOptions.retriesTip=How often a call that failed for a passing reason (a timeout, a busy server) is tried again; "
        + "0 never retries. Applies to new connections at once."
})
final class QueueOptionsPanel implements OptionsTab<Settings> {

    private final JSpinner parallel = new JSpinner(new SpinnerNumberModel(2, 1, 32, 1));
    private final JSpinner retries = new JSpinner(new SpinnerNumberModel(Settings.DEFAULT_MAX_RETRIES, 0, Settings.MAX_RETRIES, 1));
    private final OptionsForm form = new OptionsForm();

    QueueOptionsPanel(Runnable edited) {
        parallel.setName("parallelJobs");
        parallel.setToolTipText(Bundle.QueueOptions_parallelTip());
        retries.setName("retries");
        retries.setToolTipText(Bundle.QueueOptions_retriesTip());
        form.row(Bundle.QueueOptions_parallel(), parallel).row(Bundle.QueueOptions_retries(), retries).done();
        parallel.addChangeListener(e -> edited.run());
        retries.addChangeListener(e -> edited.run());
    }

    @Override
    public JComponent component() {
        return form;
    }

    @Override
    public void load(Settings settings) {
        parallel.setValue(settings.parallelJobs());
        retries.setValue(settings.maxRetries());
    }

    @Override
    public UnaryOperator<Settings> edits() {
        int jobs = (Integer) parallel.getValue();
        int tries = (Integer) retries.getValue();
        return settings -> settings.withQueue(jobs, tries);
    }
}
