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

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;

/** The Queue tab's fields: generations at once and retries of a call that failed for a passing reason. */
@Messages({
    "QueueOptions.parallel=&Jobs at once:",
    "QueueOptions.parallelTip=How many generations run on the server at the same time; the rest wait in the queue",
    "QueueOptions.retries=&Retries of a failed call:",
    "QueueOptions.retriesTip=How often a call that failed for a passing reason (a timeout, a busy server) is tried again; "
        + "0 never retries. Applies to new connections at once."
})
final class QueueOptionsPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private final JSpinner parallel = new JSpinner(new SpinnerNumberModel(2, 1, 32, 1));
    private final JSpinner retries = new JSpinner(new SpinnerNumberModel(Settings.DEFAULT_MAX_RETRIES, 0, Settings.MAX_RETRIES, 1));

    QueueOptionsPanel(Runnable edited) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        parallel.setName("parallelJobs");
        parallel.setToolTipText(Bundle.QueueOptions_parallelTip());
        retries.setName("retries");
        retries.setToolTipText(Bundle.QueueOptions_retriesTip());
        row(0, Bundle.QueueOptions_parallel(), parallel);
        row(1, Bundle.QueueOptions_retries(), retries);
        GridBagConstraints rest = at(0, 2);
        rest.weighty = 1;
        rest.weightx = 1;
        rest.gridwidth = 2;
        add(new JPanel(), rest);
        parallel.addChangeListener(e -> edited.run());
        retries.addChangeListener(e -> edited.run());
    }

    void load(Settings settings) {
        parallel.setValue(settings.parallelJobs());
        retries.setValue(settings.maxRetries());
    }

    int parallelJobs() {
        return (Integer) parallel.getValue();
    }

    int retries() {
        return (Integer) retries.getValue();
    }

    private void row(int y, String text, JComponent field) {
        JLabel label = new JLabel();
        Mnemonics.setLocalizedText(label, text);
        label.setLabelFor(field);
        add(label, at(0, y));
        add(field, at(1, y));
    }

    private static GridBagConstraints at(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(3, 4, 3, 4);
        return c;
    }
}
