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

import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;

/** Tools > Options > Safety: whether prompts are checked before they are sent, and the words always to warn about. */
@Messages({
    "SafetyOptions.check=&Check every prompt with the server's moderation before it is sent",
    "SafetyOptions.checkNote=Before shots are queued, their prompts go through the server's moderation (one request for"
            + " up to 32 prompts); shots that would be blocked are listed and you choose whether to send them.",
    "SafetyOptions.watched=&Always warn about these words:",
    "SafetyOptions.watchedNote=Comma-separated; checked even when the server passes them, and left out or softened by"
            + " Rewrite & Resend.",
    "SafetyOptions.modelRewrite=Suggest a &model rewrite",
    "SafetyOptions.rewriteModel=Mo&del:",
    "SafetyOptions.modelRewriteNote=Rewrite & Resend offers to ask a language model on the profile''s server (its Responses"
            + " API) for one more rewrite. Each request costs tokens: the dialog shows how many, and the price when the"
            + " model''s is known."
})
final class SafetyOptionsPanel extends JPanel {

    private final JCheckBox check = new JCheckBox();
    private final JTextField watched = new JTextField(40);
    private final JCheckBox modelRewrite = new JCheckBox();
    private final JTextField rewriteModel = new JTextField(20);

    SafetyOptionsPanel(Runnable changed) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        Mnemonics.setLocalizedText(check, Bundle.SafetyOptions_check());
        check.setName("checkBeforeSending");
        watched.setName("watchedWords");
        JLabel watchedLabel = new JLabel();
        Mnemonics.setLocalizedText(watchedLabel, Bundle.SafetyOptions_watched());
        watchedLabel.setLabelFor(watched);
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = 0;
        at.anchor = GridBagConstraints.NORTHWEST;
        at.fill = GridBagConstraints.HORIZONTAL;
        at.weightx = 1;
        at.insets = new Insets(2, 0, 2, 0);
        add(check, at);
        add(note(Bundle.SafetyOptions_checkNote()), at);
        at.insets = new Insets(12, 0, 2, 0);
        add(watchedLabel, at);
        at.insets = new Insets(2, 0, 2, 0);
        add(watched, at);
        add(note(Bundle.SafetyOptions_watchedNote()), at);
        at.insets = new Insets(12, 0, 2, 0);
        add(modelRewriteRow(), at);
        at.insets = new Insets(2, 0, 2, 0);
        add(note(Bundle.SafetyOptions_modelRewriteNote()), at);
        at.weighty = 1;
        add(new JPanel(), at);
        check.addActionListener(e -> changed.run());
        modelRewrite.addActionListener(e -> {
            rewriteModel.setEnabled(modelRewrite.isSelected());
            changed.run();
        });
        DocumentListener edits = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed.run();
            }
        };
        watched.getDocument().addDocumentListener(edits);
        rewriteModel.getDocument().addDocumentListener(edits);
    }

    private JPanel modelRewriteRow() {
        Mnemonics.setLocalizedText(modelRewrite, Bundle.SafetyOptions_modelRewrite());
        modelRewrite.setName("suggestModelRewrite");
        rewriteModel.setName("rewriteModel");
        JLabel modelLabel = new JLabel();
        Mnemonics.setLocalizedText(modelLabel, Bundle.SafetyOptions_rewriteModel());
        modelLabel.setLabelFor(rewriteModel);
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        row.add(modelRewrite);
        row.add(Box.createHorizontalStrut(12));
        row.add(modelLabel);
        row.add(Box.createHorizontalStrut(4));
        row.add(rewriteModel);
        return row;
    }

    void load(SafetyPreferences preferences) {
        check.setSelected(preferences.checkBeforeSending());
        watched.setText(String.join(", ", preferences.watchedWords()));
        modelRewrite.setSelected(preferences.suggestModelRewrite());
        rewriteModel.setText(preferences.rewriteModel());
        rewriteModel.setEnabled(preferences.suggestModelRewrite());
    }

    SafetyPreferences preferences() {
        return new SafetyPreferences(check.isSelected(), SafetyPreferences.words(watched.getText()), modelRewrite.isSelected(),
                rewriteModel.getText());
    }

    private static JLabel note(String text) {
        JLabel note = new JLabel("<html>" + text + "</html>");
        note.setForeground(UIManager.getColor("Label.disabledForeground"));
        note.setBorder(BorderFactory.createEmptyBorder(0, 24, 0, 0));
        return note;
    }
}
