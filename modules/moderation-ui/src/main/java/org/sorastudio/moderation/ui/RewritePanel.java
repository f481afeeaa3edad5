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

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.moderation.api.ModelRewrite;
import org.sorastudio.moderation.api.ModelRewriteException;
import org.sorastudio.moderation.api.Rewrite;

/**
 * Choosing and editing a rewrite of a blocked prompt: the suggestions (each saying what it changes), the new prompt
 * to edit, and what it changes against the original, words left out struck through and words added underlined, in
 * the look and feel's colours. Sends nothing itself: the dialog around it does, on the user's word.
 */
@Messages({
    "RewritePanel.suggestions=Suggestions",
    "RewritePanel.prompt=New prompt",
    "RewritePanel.changes=Changes against the blocked prompt",
    "RewritePanel.none=No suggestion applies: edit the prompt yourself.",
    "# {0} - the model",
    "RewritePanel.askModel=&Ask {0} for a Rewrite",
    "RewritePanel.askModelTip=One request to the profile''s server (its Responses API); it costs tokens",
    "# {0} - the model",
    "RewritePanel.asking=Asking {0}…",
    "# {0} - the model",
    "# {1} - the cost",
    "RewritePanel.written=Written by {0}: {1}. Nothing is sent until you press Rewrite & Resend."
})
final class RewritePanel extends JPanel {

    private static final RequestProcessor ASKER = new RequestProcessor(RewritePanel.class.getName(), 1);

    private final String original;
    private final JList<Rewrite> suggestions;
    private final JTextArea prompt = new JTextArea(4, 60);
    private final JTextPane changes = new JTextPane();
    private final DefaultListModel<Rewrite> listed = new DefaultListModel<>();

    /** Rule-based suggestions only. */
    RewritePanel(String original, List<Rewrite> rewrites) {
        this(original, rewrites, null);
    }

    /**
     * @param modelRewrite what asking the language model takes, or {@code null} when model rewrites are switched off
     */
    RewritePanel(String original, List<Rewrite> rewrites, ModelRewriteOffer modelRewrite) {
        super(new BorderLayout(0, 8));
        this.original = original;
        rewrites.forEach(listed::addElement);
        suggestions = new JList<>(listed);
        suggestions.setName("suggestions");
        suggestions.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        suggestions.setVisibleRowCount(Math.max(2, Math.min(4, rewrites.size())));
        suggestions.setCellRenderer((list, rewrite, index, selected, focused) -> {
            JLabel label = new JLabel("<html><b>" + escape(rewrite.why()) + "</b><br>" + escape(rewrite.prompt()) + "</html>");
            label.setOpaque(true);
            label.setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
            label.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return label;
        });
        suggestions.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && suggestions.getSelectedValue() != null) {
                prompt.setText(suggestions.getSelectedValue().prompt());
            }
        });
        prompt.setName("prompt");
        prompt.setLineWrap(true);
        prompt.setWrapStyleWord(true);
        prompt.getAccessibleContext().setAccessibleName(Bundle.RewritePanel_prompt());
        prompt.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                showChanges();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                showChanges();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                showChanges();
            }
        });
        changes.setName("changes");
        changes.setEditable(false);
        changes.setPreferredSize(new Dimension(560, 80));

        JPanel parts = new JPanel(new GridLayout(3, 1, 0, 8));
        parts.add(titled(Bundle.RewritePanel_suggestions(),
                rewrites.isEmpty() && modelRewrite == null ? new JLabel(Bundle.RewritePanel_none()) : new JScrollPane(suggestions)));
        parts.add(titled(Bundle.RewritePanel_prompt(), new JScrollPane(prompt)));
        parts.add(titled(Bundle.RewritePanel_changes(), new JScrollPane(changes)));
        add(parts, BorderLayout.CENTER);
        if (modelRewrite != null) {
            add(modelRow(modelRewrite), BorderLayout.SOUTH);
        }
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        if (rewrites.isEmpty()) {
            prompt.setText(original);
        } else {
            suggestions.setSelectedIndex(0);
        }
    }

    /**
     * The button that asks the model (off the event thread) and the line that says what it cost or why it gave nothing;
     * a rewrite joins the suggestions, chosen. One rewrite: the button is done once one came.
     */
    private JPanel modelRow(ModelRewriteOffer offer) {
        JButton ask = new JButton();
        Mnemonics.setLocalizedText(ask, Bundle.RewritePanel_askModel(offer.model()));
        ask.setName("askModel");
        ask.setToolTipText(Bundle.RewritePanel_askModelTip());
        JTextArea outcome = new JTextArea(2, 50);
        outcome.setName("modelOutcome");
        outcome.setEditable(false);
        outcome.setLineWrap(true);
        outcome.setWrapStyleWord(true);
        outcome.setOpaque(false);
        outcome.setFont(UIManager.getFont("Label.font"));
        ask.addActionListener(e -> {
            ask.setEnabled(false);
            outcome.setText(Bundle.RewritePanel_asking(offer.model()));
            ASKER.post(() -> {
                try {
                    ModelRewrite rewrite = offer.ask().call();
                    SwingUtilities.invokeLater(() -> {
                        listed.addElement(rewrite.rewrite());
                        suggestions.setSelectedIndex(listed.size() - 1);
                        suggestions.ensureIndexIsVisible(listed.size() - 1);
                        outcome.setText(Bundle.RewritePanel_written(offer.model(), rewrite.cost().describe()));
                    });
                } catch (ModelRewriteException failed) {
                    SwingUtilities.invokeLater(() -> {
                        outcome.setText(failed.getMessage());
                        ask.setEnabled(true);
                    });
                }
            });
        });
        JPanel row = new JPanel(new BorderLayout(8, 0));
        row.add(ask, BorderLayout.WEST);
        row.add(outcome, BorderLayout.CENTER);
        return row;
    }

    /**
     * A model rewrite on offer: the model's name, and the request that asks it (called off the event thread).
     */
    record ModelRewriteOffer(String model, ModelRewriteRequest ask) {
    }

    /** Asks the model once; a useless answer says why. */
    @FunctionalInterface
    interface ModelRewriteRequest {
        ModelRewrite call() throws ModelRewriteException;
    }

    /** The prompt as the user left it. */
    String prompt() {
        return prompt.getText().strip();
    }

    private void showChanges() {
        StyledDocument document = changes.getStyledDocument();
        try {
            document.remove(0, document.getLength());
            for (WordDiff.Piece piece : WordDiff.between(original, prompt.getText())) {
                document.insertString(document.getLength(), piece.text(), style(piece.change()));
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SimpleAttributeSet style(WordDiff.Change change) {
        SimpleAttributeSet style = new SimpleAttributeSet();
        switch (change) {
            case REMOVED -> {
                StyleConstants.setStrikeThrough(style, true);
                StyleConstants.setForeground(style, colour("Component.error.focusedBorderColor",
                        colour("Actions.Red", UIManager.getColor("TextPane.foreground"))));
            }
            case ADDED -> {
                StyleConstants.setUnderline(style, true);
                StyleConstants.setBold(style, true);
                StyleConstants.setForeground(style, colour("Component.focusColor", UIManager.getColor("textHighlight")));
            }
            case KEPT -> StyleConstants.setForeground(style, UIManager.getColor("TextPane.foreground"));
        }
        return style;
    }

    private static Color colour(String key, Color fallback) {
        Color colour = UIManager.getColor(key);
        return colour != null ? colour : fallback;
    }

    private static JPanel titled(String title, java.awt.Component content) {
        JPanel panel = new JPanel(new BorderLayout(0, 3));
        JLabel label = new JLabel(title);
        // the caption names what Tab reaches: the list or text inside a scroll pane, not the pane
        label.setLabelFor(content instanceof JScrollPane scroll ? scroll.getViewport().getView() : content);
        panel.add(label, BorderLayout.NORTH);
        panel.add(content, BorderLayout.CENTER);
        return panel;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
