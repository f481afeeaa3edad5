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
package org.sorastudio.queue.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.awt.Mnemonics;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.GenerationQueue.Derivation;
import org.sorastudio.core.spi.VideoLimits;
import org.sorastudio.core.spi.VideoLimits.Limits;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.queue.api.ClipSidecar;

/**
 * Extend… / Edit… on a completed clip: a prompt and, for an extension, the new segment's length from the
 * capability limits of the clip's profile (a free number when no limits are installed). OK hands the
 * {@link Derivation} on and closes; nothing here waits for the network.
 */
@Messages({
    "# {0} - video id", "DerivedClipDialog.extendTitle=Extend {0}",
    "# {0} - video id", "DerivedClipDialog.editTitle=Edit {0}",
    "DerivedClipDialog.extendPrompt=What happens next:",
    "DerivedClipDialog.editPrompt=What to change:",
    "DerivedClipDialog.seconds=New segment (seconds):",
    "# {0} - prompt", "DerivedClipDialog.source=Source: {0}",
    "DerivedClipDialog.ok=&Queue",
    "DerivedClipDialog.cancel=&Cancel",
    "DerivedClipDialog.emptyPrompt=Say what should happen: the prompt is empty.",
    "# {0} - length", "# {1} - limit", "DerivedClipDialog.longPrompt=The prompt has {0} characters; at most {1} are allowed."
})
final class DerivedClipDialog extends JDialog {

    private final Derivation.Kind kind;
    private final ClipSidecar source;
    private final Consumer<Derivation> onQueue;
    private final JTextArea prompt = new JTextArea(4, 40);
    private final JComboBox<Integer> seconds = new JComboBox<>();
    private final JSpinner anySeconds = new JSpinner(new SpinnerNumberModel(8, 1, 600, 1));
    private final JLabel problem = new JLabel(" ");

    private DerivedClipDialog(Window owner, Derivation.Kind kind, ClipSidecar source, Consumer<Derivation> onQueue) {
        super(owner, kind == Derivation.Kind.EXTEND ? Bundle.DerivedClipDialog_extendTitle(source.videoId())
                : Bundle.DerivedClipDialog_editTitle(source.videoId()), ModalityType.MODELESS);
        this.kind = kind;
        this.source = source;
        this.onQueue = onQueue;
        setName(kind == Derivation.Kind.EXTEND ? "extendDialog" : "editDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        setContentPane(content());
        pack();
        setLocationRelativeTo(owner);
    }

    /** Opens the dialog beside {@code parent}; EDT. {@code onQueue} gets the derivation when the user confirms. */
    static DerivedClipDialog show(Component parent, Derivation.Kind kind, ClipSidecar source, Consumer<Derivation> onQueue) {
        Window owner = parent instanceof Window window ? window : SwingUtilities.getWindowAncestor(parent);
        DerivedClipDialog dialog = new DerivedClipDialog(owner, kind, source, onQueue);
        dialog.setVisible(true);
        return dialog;
    }

    private JPanel content() {
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 2, 2, 2);
        form.add(new JLabel(Bundle.DerivedClipDialog_source(shorten(source.prompt()))), c);
        c.gridy++;
        JLabel promptCaption = new JLabel(kind == Derivation.Kind.EXTEND ? Bundle.DerivedClipDialog_extendPrompt()
                : Bundle.DerivedClipDialog_editPrompt());
        promptCaption.setLabelFor(prompt);
        form.add(promptCaption, c);
        c.gridy++;
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.weighty = 1;
        prompt.setName("prompt");
        prompt.setLineWrap(true);
        prompt.setWrapStyleWord(true);
        form.add(new JScrollPane(prompt), c);
        if (kind == Derivation.Kind.EXTEND) {
            c.gridy++;
            c.gridwidth = 1;
            c.fill = GridBagConstraints.NONE;
            c.weightx = 0;
            c.weighty = 0;
            JLabel secondsCaption = new JLabel(Bundle.DerivedClipDialog_seconds());
            form.add(secondsCaption, c);
            c.gridx = 1;
            Component secondsField = secondsField();
            secondsCaption.setLabelFor(secondsField);
            form.add(secondsField, c);
            c.gridx = 0;
        }
        c.gridy++;
        c.gridwidth = 2;
        problem.setName("problem");
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        form.add(problem, c);

        JButton ok = new JButton();

        Mnemonics.setLocalizedText(ok, Bundle.DerivedClipDialog_ok());
        ok.setName("queue");
        ok.addActionListener(e -> confirm());
        JButton cancel = new JButton();
        Mnemonics.setLocalizedText(cancel, Bundle.DerivedClipDialog_cancel());
        cancel.setName("cancel");
        cancel.addActionListener(e -> dispose());
        getRootPane().setDefaultButton(ok);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        JPanel all = new JPanel(new BorderLayout());
        all.add(form, BorderLayout.CENTER);
        all.add(buttons, BorderLayout.SOUTH);
        return all;
    }

    /** The allowed lengths of the clip's profile as a choice; a number field when nobody says which are allowed. */
    private Component secondsField() {
        VideoLimits limits = Lookup.getDefault().lookup(VideoLimits.class);
        List<Integer> allowed = (limits == null ? Limits.UNKNOWN : limits.limits(source.profile())).extensionSeconds();
        if (allowed.isEmpty()) {
            anySeconds.setName("seconds");
            return anySeconds;
        }
        allowed.forEach(seconds::addItem);
        seconds.setName("seconds");
        seconds.setSelectedItem(allowed.contains(8) ? Integer.valueOf(8) : allowed.get(0));
        return seconds;
    }

    private int chosenSeconds() {
        if (kind != Derivation.Kind.EXTEND) {
            return 0;
        }
        return seconds.getItemCount() > 0 ? (Integer) seconds.getSelectedItem() : (Integer) anySeconds.getValue();
    }

    private void confirm() {
        String text = prompt.getText().strip();
        if (text.isEmpty()) {
            problem.setText(Bundle.DerivedClipDialog_emptyPrompt());
            return;
        }
        if (text.length() > CreateVideoRequest.MAX_PROMPT_LENGTH) {
            problem.setText(Bundle.DerivedClipDialog_longPrompt(text.length(), CreateVideoRequest.MAX_PROMPT_LENGTH));
            return;
        }
        dispose();
        onQueue.accept(new Derivation(kind, source.videoId(), text, chosenSeconds(), source.profile()));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
