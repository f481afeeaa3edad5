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
package org.sorastudio.profiles.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.ProfileTuning;

/**
 * How one profile's server is paced: jobs at once, retries (count, base delay, maximum delay, jitter) and how far apart
 * the status checks of its jobs are at least. Opened from
 * the profile editor's Tuning… button; its own small form, so the Options page around it can change shape.
 */
@Messages({
    "# {0} - the profile",
    "ProfileTuning.title=Tuning: {0}",
    "ProfileTuning.parallel=&Jobs at once (0 = the studio's setting):",
    "ProfileTuning.retries=&Retries of a failed request:",
    "ProfileTuning.baseDelay=&First retry after (ms):",
    "ProfileTuning.maxDelay=&Longest wait between retries (ms):",
    "ProfileTuning.jitter=Ran&dom share of each wait (%):",
    "ProfileTuning.poll=&Shortest wait between status checks (s):",
    "ProfileTuning.pollTip=0 lets the queue choose (fewer checks far from the expected end, about one a second near it);"
            + " a gateway that counts every request against a small quota wants 10 or more",
    "ProfileTuning.note=Waits double from the first one up to the longest; a server's Retry-After is always honoured."
            + " A gateway with a small quota wants fewer jobs at once, longer waits and fewer status checks.",
    "ProfileTuning.delays=The longest wait must be at least the first one."
})
final class ProfileTuningForm extends JPanel {

    private final JSpinner parallel = spinner("tuningParallel", 0, ProfileTuning.MAX_PARALLEL_JOBS, 1);
    private final JSpinner retries = spinner("tuningRetries", 0, ProfileTuning.MAX_RETRIES, 1);
    private final JSpinner baseDelay = spinner("tuningBaseDelay", 0, 60_000, 100);
    private final JSpinner maxDelay = spinner("tuningMaxDelay", 0, 600_000, 500);
    private final JSpinner jitter = spinner("tuningJitter", 0, 100, 10);
    private final JSpinner poll = spinner("tuningPoll", 0, ProfileTuning.MAX_POLL_SECONDS, 5);
    private final JLabel problem = new JLabel(" ");

    /** @param validity told whether the values can be saved, after each change */
    ProfileTuningForm(ProfileTuning tuning, Consumer<Boolean> validity) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        parallel.setValue(tuning.parallelJobs());
        retries.setValue(tuning.retries());
        baseDelay.setValue((int) tuning.baseDelayMillis());
        maxDelay.setValue((int) tuning.maxDelayMillis());
        jitter.setValue(tuning.jitterPercent());
        poll.setValue(tuning.pollSeconds());
        poll.setToolTipText(Bundle.ProfileTuning_pollTip());
        int row = 0;
        row = field(row, Bundle.ProfileTuning_parallel(), parallel);
        row = field(row, Bundle.ProfileTuning_retries(), retries);
        row = field(row, Bundle.ProfileTuning_baseDelay(), baseDelay);
        row = field(row, Bundle.ProfileTuning_maxDelay(), maxDelay);
        row = field(row, Bundle.ProfileTuning_jitter(), jitter);
        row = field(row, Bundle.ProfileTuning_poll(), poll);
        JLabel note = new JLabel("<html><div style='width:360px'>" + Bundle.ProfileTuning_note() + "</div></html>");
        note.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(note, at(0, row++, 2));
        problem.setName("tuningProblem");
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        add(problem, at(0, row, 2));
        for (JSpinner each : List.of(parallel, retries, baseDelay, maxDelay, jitter, poll)) {
            each.addChangeListener(e -> {
                boolean valid = delaysInOrder();
                problem.setText(valid ? " " : Bundle.ProfileTuning_delays());
                validity.accept(valid);
            });
        }
    }

    /** The values as entered, or empty while the delays are out of order. */
    Optional<ProfileTuning> tuning() {
        if (!delaysInOrder()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileTuning((Integer) parallel.getValue(), (Integer) retries.getValue(),
                ((Integer) baseDelay.getValue()).longValue(), ((Integer) maxDelay.getValue()).longValue(), (Integer) jitter.getValue(),
                (Integer) poll.getValue()));
    }

    /** Shows the form for {@code profile}; the new tuning when the user pressed OK with valid values. */
    static Optional<ProfileTuning> edit(String profile, ProfileTuning current) {
        DialogDescriptor[] dialog = new DialogDescriptor[1];
        ProfileTuningForm form = new ProfileTuningForm(current, valid -> dialog[0].setValid(valid));
        dialog[0] = new DialogDescriptor(form, Bundle.ProfileTuning_title(profile));
        if (DialogDisplayer.getDefault().notify(dialog[0]) != DialogDescriptor.OK_OPTION) {
            return Optional.empty();
        }
        return form.tuning();
    }

    private boolean delaysInOrder() {
        return (Integer) maxDelay.getValue() >= (Integer) baseDelay.getValue();
    }

    private int field(int row, String label, JComponent editor) {
        JLabel text = new JLabel();
        Mnemonics.setLocalizedText(text, label);
        text.setLabelFor(editor);
        add(text, at(0, row, 1));
        add(editor, at(1, row, 1));
        return row + 1;
    }

    private static JSpinner spinner(String name, int min, int max, int step) {
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(min, min, max, step));
        spinner.setName(name);
        return spinner;
    }

    private static GridBagConstraints at(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.WEST;
        c.fill = x == 1 ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
        c.insets = new Insets(3, 4, 3, 4);
        return c;
    }
}
