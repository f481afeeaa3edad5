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

import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.storyboard.ClipItem;

/**
 * Edits one clip: label, in and out points (slider and time field, each with a thumbnail of the
 * frame there) and the crossfade into it. Every finished edit goes to {@link #setOnEdit}.
 */
@Messages({
    "ClipEditor.label=Label",
    "ClipEditor.in=In",
    "ClipEditor.out=Out",
    "ClipEditor.crossfade=Crossfade into this clip (s)",
    "ClipEditor.firstNoCrossfade=The first item has nothing to fade from.",
    "# {0} - typed text",
    "ClipEditor.notATime=\"{0}\" is not a time: type seconds (1.5) or minutes:seconds (0:01.5).",
    "# {0} - time",
    "# {1} - clip length",
    "ClipEditor.pastEnd={0} is past the end of the clip ({1}).",
    "# {0} - out point",
    "# {1} - in point",
    "ClipEditor.outBeforeIn=The out point {0} must be after the in point {1}.",
    "# {0} - file name",
    "# {1} - width",
    "# {2} - height",
    "# {3} - length",
    "ClipEditor.facts={0} — {1}x{2}, {3}",
    "# {0} - length",
    "ClipEditor.length=Plays for {0}"
})
final class ClipItemEditor extends JPanel {

    private final Thumbnails thumbnails;
    private final JLabel facts = new JLabel(" ");
    {
        // generated clips have long names: cut them instead of widening the editor past the window
        facts.setMinimumSize(new java.awt.Dimension(0, facts.getPreferredSize().height));
        facts.setPreferredSize(new java.awt.Dimension(200, facts.getPreferredSize().height));
    }
    private final JTextField label = new JTextField(24);
    private final JSlider inSlider = new JSlider(0, 0, 0);
    private final JSlider outSlider = new JSlider(0, 0, 0);
    private final JTextField inTime = new JTextField(9);
    private final JTextField outTime = new JTextField(9);
    private final JLabel inThumbnail = new JLabel();
    private final JLabel outThumbnail = new JLabel();
    private final JLabel length = new JLabel(" ");
    private final JSpinner crossfade = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 10.0, 0.25));
    private final JLabel message = new JLabel(" ");

    private Consumer<ClipItem> onEdit = item -> { };
    private ClipItem item;
    private MediaInfo media;
    private boolean first;
    /** Set while fields are filled from an item, so that is not taken for the user's edit. */
    private boolean loading;

    ClipItemEditor(Thumbnails thumbnails) {
        super(new GridBagLayout());
        this.thumbnails = thumbnails;
        setName("clipEditor");
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        label.setName("clipLabel");
        inSlider.setName("inSlider");
        outSlider.setName("outSlider");
        inTime.setName("inTime");
        outTime.setName("outTime");
        inThumbnail.setName("inThumbnail");
        outThumbnail.setName("outThumbnail");
        crossfade.setName("clipCrossfade");
        message.setName("clipMessage");
        message.setForeground(ErrorColour.get());
        length.setName("clipLength");
        for (JLabel thumbnail : new JLabel[] {inThumbnail, outThumbnail}) {
            thumbnail.setPreferredSize(new Dimension(Thumbnails.WIDTH, Thumbnails.WIDTH * 9 / 16));
            thumbnail.setHorizontalAlignment(SwingConstants.CENTER);
            thumbnail.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        }
        SpinnerFields.widen(crossfade);
        layoutFields();
        wireFields();
    }

    void setOnEdit(Consumer<ClipItem> listener) {
        onEdit = listener;
    }

    /** Shows {@code clip}; {@code info} may be {@code null} while the file is still being probed. */
    void show(ClipItem clip, MediaInfo info, boolean first) {
        loading = true;
        try {
            item = clip;
            media = info;
            this.first = first;
            int lengthMillis = info == null ? 0 : (int) Math.round(info.durationSeconds() * 1000);
            facts.setText(info == null ? clip.file().getFileName().toString()
                    : Bundle.ClipEditor_facts(clip.file().getFileName(), info.width(), info.height(),
                            TimeText.format(info.durationSeconds())));
            facts.setToolTipText(clip.file().toString());
            label.setText(clip.label() == null ? "" : clip.label());
            inSlider.setMaximum(lengthMillis);
            outSlider.setMaximum(lengthMillis);
            inSlider.setValue((int) Math.round(clip.inSeconds() * 1000));
            outSlider.setValue((int) Math.round(outSeconds(clip) * 1000));
            inTime.setText(TimeText.format(clip.inSeconds()));
            outTime.setText(TimeText.format(outSeconds(clip)));
            crossfade.setValue(clip.crossfadeSeconds());
            crossfade.setEnabled(!first);
            crossfade.setToolTipText(first ? Bundle.ClipEditor_firstNoCrossfade() : null);
            for (JComponent control : new JComponent[] {inSlider, outSlider, inTime, outTime}) {
                control.setEnabled(info != null);
            }
            message.setText(" ");
            length.setText(Bundle.ClipEditor_length(TimeText.format(outSeconds(clip) - clip.inSeconds())));
        } finally {
            loading = false;
        }
        refreshThumbnails();
    }

    private double outSeconds(ClipItem clip) {
        if (clip.outSeconds() != null) {
            return clip.outSeconds();
        }
        return media == null ? 0 : media.durationSeconds();
    }

    private void layoutFields() {
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 4;
        int fill = c.fill;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(facts, c);
        c.fill = fill;
        c.gridy++;
        c.gridwidth = 1;
        add(labelFor(Bundle.ClipEditor_label(), label), c);
        c.gridx = 1;
        c.gridwidth = 3;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(label, c);
        addPoint(c, Bundle.ClipEditor_in(), inSlider, inTime, inThumbnail);
        addPoint(c, Bundle.ClipEditor_out(), outSlider, outTime, outThumbnail);
        c.gridx = 1;
        c.gridy++;
        c.gridwidth = 3;
        c.fill = GridBagConstraints.NONE;
        add(length, c);
        c.gridx = 0;
        c.gridy++;
        c.gridwidth = 2;
        add(labelFor(Bundle.ClipEditor_crossfade(), crossfade), c);
        c.gridx = 2;
        c.gridwidth = 1;
        add(crossfade, c);
        c.gridx = 0;
        c.gridy++;
        c.gridwidth = 4;
        add(message, c);
        c.gridy++;
        c.weighty = 1;
        add(new JPanel(), c);
    }

    /** A row's caption, bound to its field: a screen reader announces the field by it. */
    private static JLabel labelFor(String caption, java.awt.Component field) {
        JLabel label = new JLabel(caption);
        label.setLabelFor(field);
        return label;
    }

    @Messages({
        "# {0} - In or Out",
        "ClipEditor.pointTime={0} time (seconds, or minutes:seconds)"
    })
    private void addPoint(GridBagConstraints c, String name, JSlider slider, JTextField time, JLabel thumbnail) {
        c.gridy++;
        c.gridx = 0;
        c.gridwidth = 1;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        add(labelFor(name, slider), c);
        time.getAccessibleContext().setAccessibleName(Bundle.ClipEditor_pointTime(name));
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(slider, c);
        c.gridx = 2;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        add(time, c);
        c.gridx = 3;
        add(thumbnail, c);
    }

    private void wireFields() {
        inSlider.addChangeListener(e -> sliderMoved(inSlider, inTime, true));
        outSlider.addChangeListener(e -> sliderMoved(outSlider, outTime, false));
        inTime.addActionListener(e -> timeTyped(inTime, true));
        outTime.addActionListener(e -> timeTyped(outTime, false));
        inTime.addFocusListener(commitOnFocusLost(inTime, true));
        outTime.addFocusListener(commitOnFocusLost(outTime, false));
        label.addActionListener(e -> edit(item.withLabel(label.getText())));
        label.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (item != null && !label.getText().equals(item.label() == null ? "" : item.label())) {
                    edit(item.withLabel(label.getText()));
                }
            }
        });
        crossfade.addChangeListener(e -> {
            if (!loading && item != null) {
                edit(item.withCrossfadeSeconds(((Number) crossfade.getValue()).doubleValue()));
            }
        });
    }

    private FocusAdapter commitOnFocusLost(JTextField field, boolean in) {
        return new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                timeTyped(field, in);
            }
        };
    }

    private void sliderMoved(JSlider slider, JTextField time, boolean in) {
        if (loading || item == null) {
            return;
        }
        time.setText(TimeText.format(slider.getValue() / 1000.0));
        if (!slider.getValueIsAdjusting()) {
            setPoint(slider.getValue() / 1000.0, in);
        }
    }

    private void timeTyped(JTextField field, boolean in) {
        if (loading || item == null || media == null) {
            return;
        }
        Double seconds = TimeText.parse(field.getText());
        if (seconds == null || seconds < 0) {
            message.setText(Bundle.ClipEditor_notATime(field.getText()));
            return;
        }
        if (seconds > media.durationSeconds() + 0.0005) {
            message.setText(Bundle.ClipEditor_pastEnd(TimeText.format(seconds), TimeText.format(media.durationSeconds())));
            return;
        }
        setPoint(seconds, in);
    }

    private void setPoint(double seconds, boolean in) {
        double inPoint = in ? seconds : item.inSeconds();
        double outPoint = in ? outSeconds(item) : seconds;
        if (outPoint <= inPoint) {
            message.setText(Bundle.ClipEditor_outBeforeIn(TimeText.format(outPoint), TimeText.format(inPoint)));
            return;
        }
        // An out point at the very end is stored as "to the end", which keeps stream copy possible.
        Double out = Math.abs(outPoint - media.durationSeconds()) < 0.0005 ? null : outPoint;
        edit(item.withTrim(inPoint, out));
    }

    private void edit(ClipItem edited) {
        if (edited.equals(item)) {
            return;
        }
        show(edited, media, first);
        onEdit.accept(edited);
    }

    private void refreshThumbnails() {
        if (media == null) {
            inThumbnail.setIcon(null);
            outThumbnail.setIcon(null);
            return;
        }
        ClipItem shown = item;
        // The out point's thumbnail is the last frame that plays, one frame before the out point.
        double lastFrame = Math.max(shown.inSeconds(), outSeconds(shown) - media.frameRate().frameSeconds());
        thumbnails.at(shown.file(), shown.inSeconds()).thenAccept(icon -> SwingUtilities.invokeLater(() -> {
            if (shown.equals(item)) {
                inThumbnail.setIcon(icon);
            }
        }));
        thumbnails.at(shown.file(), lastFrame).thenAccept(icon -> SwingUtilities.invokeLater(() -> {
            if (shown.equals(item)) {
                outThumbnail.setIcon(icon);
            }
        }));
    }
}
