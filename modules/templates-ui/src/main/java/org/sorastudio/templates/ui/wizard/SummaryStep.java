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
package org.sorastudio.templates.ui.wizard;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import org.openide.WizardDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.templates.batch.BatchSummary;
import org.sorastudio.templates.ui.wizard.CsvImportModel.Destination;

/** Step 6: what Finish will do: how many shots, how much video, what it should cost, and where they go. */
@Messages({
    "SummaryStep.title=Summary",
    "SummaryStep.shots=Shots to make",
    "SummaryStep.skipped=Skipped (bad rows)",
    "SummaryStep.video=Video in total",
    "SummaryStep.cost=Estimated cost",
    "# {0} - valid", "# {1} - rows",
    "SummaryStep.shotsValue={0} (from {1} rows)",
    "# {0} - shots", "# {1} - rows",
    "SummaryStep.skippedValue={0} shot(s) from {1} row(s)",
    "# {0} - seconds", "# {1} - h:mm:ss",
    "SummaryStep.videoValue={0} s ({1})",
    "# {0} - amount",
    "SummaryStep.costValue={0} at list prices",
    "# {0} - amount", "# {1} - unpriced shots",
    "SummaryStep.costPartly={0} at list prices, plus {1} shot(s) of models without a known price",
    "SummaryStep.destination=Finish will",
    "SummaryStep.queue=&Send the shots to the generation queue",
    "SummaryStep.drafts=&Add the shots to the project as drafts (generate them later)",
    "SummaryStep.noQueue=No generation backend is installed: the shots will be added to the project as drafts."
})
final class SummaryStep extends WizardStep implements WizardDescriptor.FinishablePanel<WizardDescriptor> {

    private final JLabel shots = value("summaryShots");
    private final JLabel skipped = value("summarySkipped");
    private final JLabel video = value("summaryVideo");
    private final JLabel cost = value("summaryCost");
    private final JRadioButton queue = new JRadioButton();
    private final JRadioButton drafts = new JRadioButton();
    private final JLabel noQueue = new JLabel(Bundle.SummaryStep_noQueue());

    SummaryStep(CsvImportModel model) {
        super(model, Bundle.SummaryStep_title(), new GridBagLayout());
        Mnemonics.setLocalizedText(queue, Bundle.SummaryStep_queue());
        Mnemonics.setLocalizedText(drafts, Bundle.SummaryStep_drafts());
        panel.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        queue.setName("toQueue");
        drafts.setName("toDrafts");
        noQueue.setName("noQueue");
        ButtonGroup group = new ButtonGroup();
        group.add(queue);
        group.add(drafts);
        queue.addActionListener(e -> model.destination = Destination.QUEUE);
        drafts.addActionListener(e -> model.destination = Destination.DRAFTS);
        int row = 0;
        row = addRow(row, Bundle.SummaryStep_shots(), shots);
        row = addRow(row, Bundle.SummaryStep_skipped(), skipped);
        row = addRow(row, Bundle.SummaryStep_video(), video);
        row = addRow(row, Bundle.SummaryStep_cost(), cost);
        JPanel choices = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.anchor = GridBagConstraints.LINE_START;
        choices.add(queue, c);
        choices.add(drafts, c);
        choices.add(noQueue, c);
        row = addRow(row, Bundle.SummaryStep_destination(), choices);
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridy = row;
        filler.weighty = 1;
        panel.add(new JPanel(), filler);
    }

    private static JLabel value(String name) {
        JLabel label = new JLabel(" ");
        label.setName(name);
        label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
        return label;
    }

    private int addRow(int row, String caption, java.awt.Component value) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(6, 0, 6, 16);
        c.anchor = GridBagConstraints.FIRST_LINE_START;
        panel.add(new JLabel(caption), c);
        c.gridx = 1;
        c.weightx = 1;
        panel.add(value, c);
        return row + 1;
    }

    @Override
    protected void entered() {
        BatchSummary summary = model.report.summary();
        shots.setText(Bundle.SummaryStep_shotsValue(summary.validShots(), summary.rows()));
        skipped.setText(Bundle.SummaryStep_skippedValue(summary.invalidShots(), summary.badRows()));
        video.setText(Bundle.SummaryStep_videoValue(summary.totalSeconds(), clock(summary.totalSeconds())));
        String amount = String.format(Locale.US, "$%,.2f", summary.estimatedUsd());
        cost.setText(summary.unpricedShots() == 0 ? Bundle.SummaryStep_costValue(amount)
                : Bundle.SummaryStep_costPartly(amount, summary.unpricedShots()));
        boolean canQueue = model.hasQueue();
        queue.setEnabled(canQueue);
        noQueue.setVisible(!canQueue);
        if (!canQueue) {
            model.destination = Destination.DRAFTS;
        }
        (model.destination == Destination.QUEUE ? queue : drafts).setSelected(true);
        message(WizardDescriptor.PROP_INFO_MESSAGE, null);
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public boolean isValid() {
        return model.report != null;
    }

    @Override
    public boolean isFinishPanel() {
        return true;
    }
}
