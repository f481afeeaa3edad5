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
package org.sorastudio.storyboard.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JColorChooser;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.media.storyboard.TitleCard;

/** Edits one title card: text, duration, font size, colours, crossfade; with a rough preview. */
@Messages({
    "TitleEditor.text=Text",
    "TitleEditor.duration=Duration (s)",
    "TitleEditor.fontSize=Font size (px at output size)",
    "TitleEditor.foreground=Text c&olour…",
    "TitleEditor.background=&Background…",
    "TitleEditor.crossfade=Crossfade into this card (s)",
    "TitleEditor.chooseForeground=Text Colour",
    "TitleEditor.chooseBackground=Background Colour"
})
final class TitleCardEditor extends JPanel {

    private final JTextArea text = new JTextArea(3, 28);
    private final JSpinner duration = new JSpinner(new SpinnerNumberModel(3.0, 0.25, 600.0, 0.25));
    private final JSpinner fontSize = new JSpinner(new SpinnerNumberModel(TitleCard.DEFAULT_FONT_SIZE, 8, 400, 2));
    private final JButton foreground = new JButton();
    private final JButton background = new JButton();
    private final JSpinner crossfade = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 10.0, 0.25));
    private final Preview preview = new Preview();

    private Consumer<TitleCard> onEdit = card -> { };
    private TitleCard card;
    private int outputWidth = 1280;
    private boolean first;
    private boolean loading;

    TitleCardEditor() {
        super(new GridBagLayout());
        Mnemonics.setLocalizedText(foreground, Bundle.TitleEditor_foreground());
        Mnemonics.setLocalizedText(background, Bundle.TitleEditor_background());
        setName("titleEditor");
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        text.setName("titleText");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        duration.setName("titleDuration");
        fontSize.setName("titleFontSize");
        foreground.setName("titleForeground");
        background.setName("titleBackground");
        crossfade.setName("titleCrossfade");
        preview.setName("titlePreview");
        layoutFields();
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edit(card.withText(text.getText()));
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edit(card.withText(text.getText()));
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // Attribute changes only: the text is the same.
            }
        });
        duration.addChangeListener(e -> edit(card.withDurationSeconds(((Number) duration.getValue()).doubleValue())));
        fontSize.addChangeListener(e -> edit(card.withFontSize(((Number) fontSize.getValue()).intValue())));
        crossfade.addChangeListener(e -> edit(card.withCrossfadeSeconds(((Number) crossfade.getValue()).doubleValue())));
        foreground.addActionListener(e -> chooseColour(true));
        background.addActionListener(e -> chooseColour(false));
    }

    void setOnEdit(Consumer<TitleCard> listener) {
        onEdit = listener;
    }

    void show(TitleCard title, boolean first, int outputWidthPixels) {
        loading = true;
        try {
            card = title;
            this.first = first;
            outputWidth = Math.max(2, outputWidthPixels);
            if (!text.getText().equals(title.text())) {
                text.setText(title.text());
            }
            duration.setValue(title.durationSeconds());
            fontSize.setValue(title.fontSize());
            crossfade.setValue(title.crossfadeSeconds());
            crossfade.setEnabled(!first);
            foreground.setIcon(new Swatch(colour(title.foreground())));
            background.setIcon(new Swatch(colour(title.background())));
            preview.repaint();
        } finally {
            loading = false;
        }
    }

    private void edit(TitleCard edited) {
        if (loading || card == null || edited.equals(card)) {
            return;
        }
        show(edited, first, outputWidth);
        onEdit.accept(edited);
    }

    private void chooseColour(boolean text) {
        Color current = colour(text ? card.foreground() : card.background());
        Color chosen = JColorChooser.showDialog(this,
                text ? Bundle.TitleEditor_chooseForeground() : Bundle.TitleEditor_chooseBackground(), current);
        if (chosen != null) {
            String hex = hex(chosen);
            edit(text ? card.withColours(hex, card.background()) : card.withColours(card.foreground(), hex));
        }
    }

    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (NumberFormatException e) {
            return Color.MAGENTA;
        }
    }

    private void layoutFields() {
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.NORTHWEST;
        c.gridx = 0;
        c.gridy = 0;
        JLabel textCaption = new JLabel(Bundle.TitleEditor_text());
        textCaption.setLabelFor(text);
        add(textCaption, c);
        for (JSpinner spinner : new JSpinner[] {duration, fontSize, crossfade}) {
            SpinnerFields.widen(spinner);
        }
        c.gridx = 1;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(new JScrollPane(text), c);
        row(c, Bundle.TitleEditor_duration(), duration);
        row(c, Bundle.TitleEditor_fontSize(), fontSize);
        c.gridy++;
        c.gridx = 1;
        c.gridwidth = 1;
        c.fill = GridBagConstraints.NONE;
        JPanel colours = new JPanel(new BorderLayout(6, 0));
        colours.add(foreground, BorderLayout.WEST);
        colours.add(background, BorderLayout.CENTER);
        add(colours, c);
        row(c, Bundle.TitleEditor_crossfade(), crossfade);
        c.gridy++;
        c.gridx = 1;
        c.gridwidth = 2;
        add(preview, c);
        c.gridy++;
        c.weighty = 1;
        add(new JPanel(), c);
    }

    private void row(GridBagConstraints c, String name, JComponent field) {
        c.gridy++;
        c.gridx = 0;
        c.gridwidth = 1;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        JLabel caption = new JLabel(name);
        caption.setLabelFor(field);
        add(caption, c);
        c.gridx = 1;
        add(field, c);
    }

    /** The card at a small scale; the exporter's wrapping and shrinking are not imitated exactly. */
    private final class Preview extends JComponent {
        Preview() {
            setPreferredSize(new Dimension(320, 180));
        }

        @Override
        protected void paintComponent(Graphics g) {
            if (card == null) {
                return;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(colour(card.background()));
            g2.fillRect(0, 0, getWidth(), getHeight());
            g2.setColor(colour(card.foreground()));
            float size = Math.max(6f, card.fontSize() * (float) getWidth() / outputWidth);
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
            FontMetrics metrics = g2.getFontMetrics();
            List<String> lines = card.text().strip().lines().toList();
            int y = (getHeight() - lines.size() * metrics.getHeight()) / 2 + metrics.getAscent();
            for (String line : lines) {
                g2.drawString(line, (getWidth() - metrics.stringWidth(line)) / 2, y);
                y += metrics.getHeight();
            }
            g2.dispose();
        }
    }

    /** A colour square for the colour buttons. */
    private record Swatch(Color colour) implements javax.swing.Icon {
        @Override
        public void paintIcon(java.awt.Component c, Graphics g, int x, int y) {
            g.setColor(colour);
            g.fillRect(x, y, 14, 14);
            g.setColor(UIManager.getColor("Component.borderColor"));
            g.drawRect(x, y, 13, 13);
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }
}
