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
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardItem;
import org.sorastudio.media.storyboard.TitleCard;
import org.sorastudio.core.spi.ClipDerivation;
import org.sorastudio.core.spi.ClipSource;
import org.sorastudio.core.spi.GenerationQueue.Derivation;

/**
 * The storyboard editor: the item list (add, drag to reorder or drop files, move, remove), the
 * editor of the selected item, the output format and export. Holds the storyboard as an immutable
 * value; every edit replaces it and is reported to {@link #setOnChange}.
 */
@Messages({
    "Storyboard.addClips=&Add Clips…",
    "Storyboard.addTitle=Add &Title",
    "Storyboard.moveUp=&Move Up",
    "Storyboard.moveDown=Move &Down",
    "Storyboard.remove=&Remove",
    "Storyboard.extend=&Extend…",
    "Storyboard.extendTip=Continue the selected clip: the new clip is placed right after it when it arrives",
    "Storyboard.edit=Ed&it…",
    "Storyboard.editTip=A changed copy of the selected clip, placed right after it when it arrives",
    "Storyboard.newTitle=Title",
    "Storyboard.chooseClips=Add Clips to the Storyboard",
    "Storyboard.videos=Video files (mp4, mov, webm, mkv, m4v)",
    "Storyboard.empty=Drop video files here, drag items to reorder.",
    "Storyboard.output=Output",
    "Storyboard.fps=fps",
    "Storyboard.matchFirst=Match &First Clip",
    "Storyboard.export=E&xport…",
    "Storyboard.preview=&Preview",
    "Storyboard.previewTip=Play the storyboard as it will export (trims, crossfades, titles) from a quick low-resolution render",
    "Storyboard.stopPreview=&Stop Preview",
    "Storyboard.cancelExport=&Cancel",
    "# {0} - problems",
    "Storyboard.notAdded=Not added: {0}",
    "# {0} - frame rate text",
    "Storyboard.badFps=\"{0}\" is not a frame rate: type e.g. 30, 29.97 or 30000/1001.",
    "# {0} - item count",
    "# {1} - total length",
    "Storyboard.summary={0} items, {1}",
    "# {0} - in",
    "# {1} - out",
    "Storyboard.clipTimes={0} → {1}",
    "# {0} - duration",
    "Storyboard.titleTimes=shows {0}",
    "# {0} - seconds",
    "Storyboard.crossfadeTimes=crossfade {0} s in"
})
final class StoryboardPanel extends JPanel {

    private static final String NOTHING = "nothing";
    private static final String CLIP = "clip";
    private static final String TITLE = "title";

    private final ClipFacts facts;
    private final StoryboardExport export;
    private final StoryboardPreview preview;
    private final DefaultListModel<StoryboardItem> model = new DefaultListModel<>();
    private final JList<StoryboardItem> list = new JList<>(model);
    private final JButton addClips = new JButton();
    private final JButton addTitle = new JButton();
    private final JButton moveUp = new JButton();
    private final JButton moveDown = new JButton();
    private final JButton remove = new JButton();
    private final JButton extend = new JButton();
    private final JButton edit = new JButton();
    /** Makes extensions and edits (the queue's module); {@code null} when none is installed, and its buttons are not shown. */
    private final ClipDerivation derivation;
    private final CardLayout editorCards = new CardLayout();
    private final JPanel editors = new JPanel(editorCards);
    private final ClipItemEditor clipEditor;
    private final TitleCardEditor titleEditor = new TitleCardEditor();
    private final JSpinner outputWidth = new JSpinner(new SpinnerNumberModel(1280, 16, 7680, 2));
    private final JSpinner outputHeight = new JSpinner(new SpinnerNumberModel(720, 16, 4320, 2));
    private final JTextField outputFps = new JTextField("30", 7);
    private final JButton matchFirst = new JButton();
    private final JLabel summary = new JLabel(" ");
    private final JButton exportButton = new JButton();
    private final JButton previewButton = new JButton();
    private final JButton cancelExport = new JButton();
    /** Escape's performer (StoryboardShortcuts): stops what renders, and is disabled when nothing does. */
    private final javax.swing.Action cancelRunning = new javax.swing.AbstractAction() {
        @Override
        public void actionPerformed(java.awt.event.ActionEvent e) {
            if (cancelExport.isVisible()) {
                export.cancel();
            }
            if (preview.isRunning()) {
                preview.cancel();
            }
        }
    };
    private final JLabel status = new JLabel(" ");

    private Storyboard storyboard = Storyboard.empty();
    private Consumer<Storyboard> onChange = value -> { };
    /** Set while the list and fields are filled from the storyboard, so that is not an edit. */
    private boolean refreshing;

    StoryboardPanel(ClipFacts facts, Thumbnails thumbnails, StoryboardExport export, StoryboardPreview preview,
            List<? extends ClipSource> sources, ClipDerivation derivation) {
        super(new BorderLayout());
        Mnemonics.setLocalizedText(addClips, Bundle.Storyboard_addClips());
        Mnemonics.setLocalizedText(addTitle, Bundle.Storyboard_addTitle());
        Mnemonics.setLocalizedText(moveUp, Bundle.Storyboard_moveUp());
        Mnemonics.setLocalizedText(moveDown, Bundle.Storyboard_moveDown());
        Mnemonics.setLocalizedText(remove, Bundle.Storyboard_remove());
        Mnemonics.setLocalizedText(extend, Bundle.Storyboard_extend());
        Mnemonics.setLocalizedText(edit, Bundle.Storyboard_edit());
        Mnemonics.setLocalizedText(matchFirst, Bundle.Storyboard_matchFirst());
        Mnemonics.setLocalizedText(exportButton, Bundle.Storyboard_export());
        Mnemonics.setLocalizedText(previewButton, Bundle.Storyboard_preview());
        Mnemonics.setLocalizedText(cancelExport, Bundle.Storyboard_cancelExport());
        this.facts = facts;
        this.preview = preview;
        this.derivation = derivation;
        this.export = export;
        this.clipEditor = new ClipItemEditor(thumbnails);
        setName("storyboard");
        add(buildToolbar(sources), BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, buildList(), buildEditors());
        split.setResizeWeight(0.35);
        split.setDividerLocation(380);
        add(split, BorderLayout.CENTER);
        add(buildOutput(), BorderLayout.SOUTH);
        export.attach(this);
        preview.attach(this);
        refresh();
    }

    Storyboard storyboard() {
        return storyboard;
    }

    /** Shows {@code value} without reporting it as an edit (e.g. loaded from the project). */
    void setStoryboard(Storyboard value) {
        storyboard = value;
        value.items().stream().filter(ClipItem.class::isInstance).map(item -> ((ClipItem) item).file())
                .forEach(file -> facts.of(file).thenRun(() -> SwingUtilities.invokeLater(this::refresh)));
        refresh();
        if (list.getSelectedIndex() < 0 && !value.items().isEmpty()) {
            select(0);
        }
    }

    void setOnChange(Consumer<Storyboard> listener) {
        onChange = listener;
    }

    void showStatus(String text, boolean problem) {
        status.setForeground(problem ? ErrorColour.get() : getForeground());
        status.setText(text);
    }

    void select(int index) {
        list.setSelectedIndex(index);
        list.ensureIndexIsVisible(index);
    }

    int selectedIndex() {
        return list.getSelectedIndex();
    }

    /** While a preview renders, Preview becomes Stop Preview. */
    void setPreviewing(boolean running) {
        Mnemonics.setLocalizedText(previewButton, running ? Bundle.Storyboard_stopPreview() : Bundle.Storyboard_preview());
        updateButtons();
    }

    /** The list and the output size have no caption of their own that a screen reader could announce them by. */
    @Messages({
        "Storyboard.itemsName=Storyboard items",
        "Storyboard.itemsDescription=The clips and title cards in the order they play; Move Up and Move Down reorder the selected one",
        "Storyboard.outputWidthName=Output width in pixels",
        "Storyboard.outputHeightName=Output height in pixels"
    })
    private void nameForAssistiveTechnology() {
        list.getAccessibleContext().setAccessibleName(Bundle.Storyboard_itemsName());
        list.getAccessibleContext().setAccessibleDescription(Bundle.Storyboard_itemsDescription());
        outputWidth.getAccessibleContext().setAccessibleName(Bundle.Storyboard_outputWidthName());
        outputHeight.getAccessibleContext().setAccessibleName(Bundle.Storyboard_outputHeightName());
    }

    void setExporting(boolean running) {
        exportButton.setEnabled(!running && !storyboard.items().isEmpty());
        cancelExport.setVisible(running);
        updateButtons();
    }

    /** Replaces the storyboard with an edited one and reports it. */
    void change(Storyboard next) {
        if (next.equals(storyboard)) {
            return;
        }
        storyboard = next;
        refresh();
        onChange.accept(next);
    }

    /**
     * Probes {@code files} off the EDT, then inserts the playable ones at {@code index} (a video
     * that cannot be read is named in the status line instead). The first clip of an empty
     * storyboard sets the output format to its own size and rate, which allows stream copy.
     */
    CompletableFuture<Void> addClips(List<Path> files, int index) {
        List<CompletableFuture<MediaInfo>> probes = files.stream().map(facts::of).toList();
        return CompletableFuture.allOf(probes.stream().map(probe -> probe.handle((info, failure) -> null))
                .toArray(CompletableFuture[]::new))
                .thenRunAsync(() -> {
                    List<String> problems = new ArrayList<>();
                    Storyboard next = storyboard;
                    boolean wasEmpty = next.items().isEmpty();
                    int at = Math.max(0, Math.min(index, next.items().size()));
                    MediaInfo firstInfo = null;
                    for (CompletableFuture<MediaInfo> probe : probes) {
                        try {
                            MediaInfo info = probe.join();
                            next = next.insert(at++, ClipItem.of(info.file()));
                            firstInfo = firstInfo == null ? info : firstInfo;
                        } catch (CompletionException e) {
                            problems.add(e.getCause().getMessage());
                        }
                    }
                    if (wasEmpty && firstInfo != null) {
                        next = next.withOutput(OutputFormat.matching(firstInfo));
                    }
                    change(next);
                    if (at > 0 && firstInfo != null) {
                        select(at - 1);
                    }
                    showStatus(problems.isEmpty() ? " " : Bundle.Storyboard_notAdded(String.join("; ", problems)), !problems.isEmpty());
                }, SwingUtilities::invokeLater);
    }

    private void addClipsFromChooser() {
        File[] chosen = new FileChooserBuilder(StoryboardPanel.class)
                .setTitle(Bundle.Storyboard_chooseClips())
                .setFilesOnly(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.Storyboard_videos(), "mp4", "mov", "webm", "mkv", "m4v"))
                .showMultiOpenDialog();
        if (chosen != null) {
            addClips(java.util.Arrays.stream(chosen).map(File::toPath).toList(), insertionIndex());
        }
    }

    /** Hook for other modules (e.g. the generation queue's completed jobs): see {@link ClipSource}. */
    private void addClipsFrom(ClipSource source) {
        List<Path> chosen = ClipPicker.pick(source);
        if (!chosen.isEmpty()) {
            addClips(chosen, insertionIndex());
        }
    }

    /** New items go after the selected one, or at the end. */
    private int insertionIndex() {
        int selected = list.getSelectedIndex();
        return selected < 0 ? storyboard.items().size() : selected + 1;
    }

    void addTitleCard() {
        int at = insertionIndex();
        change(storyboard.insert(at, TitleCard.of(Bundle.Storyboard_newTitle(), 3)));
        select(at);
    }

    void moveSelected(int delta) {
        int from = list.getSelectedIndex();
        int to = from + delta;
        if (from < 0 || to < 0 || to >= storyboard.items().size()) {
            return;
        }
        change(storyboard.move(from, to));
        select(to);
    }

    void moveItem(int from, int to) {
        change(storyboard.move(from, to));
        select(to);
    }

    void removeSelected() {
        int index = list.getSelectedIndex();
        if (index >= 0) {
            change(storyboard.remove(index));
            if (!storyboard.items().isEmpty()) {
                select(Math.min(index, storyboard.items().size() - 1));
            }
        }
    }

    /** Fills the list, the output fields and the editor from {@link #storyboard}. */
    private void refresh() {
        refreshing = true;
        try {
            int selected = list.getSelectedIndex();
            model.clear();
            storyboard.items().forEach(model::addElement);
            if (selected >= 0 && selected < model.size()) {
                list.setSelectedIndex(selected);
            }
            OutputFormat output = storyboard.output();
            outputWidth.setValue(output.width());
            outputHeight.setValue(output.height());
            if (!outputFps.isFocusOwner()) {
                outputFps.setText(fpsText(output.frameRate()));
            }
            summary.setText(Bundle.Storyboard_summary(storyboard.items().size(), TimeText.format(estimatedSeconds())));
        } finally {
            refreshing = false;
        }
        showSelected();
        updateButtons();
    }

    /** The output length as planned: item lengths minus the crossfades (clips not yet probed count 0). */
    double estimatedSeconds() {
        double total = 0;
        List<StoryboardItem> items = storyboard.items();
        for (int i = 0; i < items.size(); i++) {
            StoryboardItem item = items.get(i);
            total += length(item) - (i == 0 ? 0 : item.crossfadeSeconds());
        }
        return Math.max(0, total);
    }

    private double length(StoryboardItem item) {
        if (item instanceof TitleCard title) {
            return title.durationSeconds();
        }
        ClipItem clip = (ClipItem) item;
        MediaInfo info = facts.known(clip.file());
        double out = clip.outSeconds() != null ? clip.outSeconds() : info == null ? clip.inSeconds() : info.durationSeconds();
        return Math.max(0, out - clip.inSeconds());
    }

    private void showSelected() {
        int index = list.getSelectedIndex();
        if (index < 0) {
            editorCards.show(editors, NOTHING);
            return;
        }
        StoryboardItem item = storyboard.items().get(index);
        if (item instanceof ClipItem clip) {
            clipEditor.show(clip, facts.known(clip.file()), index == 0);
            editorCards.show(editors, CLIP);
        } else {
            titleEditor.show((TitleCard) item, index == 0, storyboard.output().width());
            editorCards.show(editors, TITLE);
        }
    }

    private void updateButtons() {
        int index = list.getSelectedIndex();
        moveUp.setEnabled(index > 0);
        moveDown.setEnabled(index >= 0 && index < storyboard.items().size() - 1);
        remove.setEnabled(index >= 0);
        boolean clipSelected = selectedClip() != null;
        extend.setEnabled(clipSelected);
        edit.setEnabled(clipSelected);
        matchFirst.setEnabled(storyboard.items().stream().anyMatch(ClipItem.class::isInstance));
        exportButton.setEnabled(!storyboard.items().isEmpty() && !cancelExport.isVisible());
        previewButton.setEnabled(preview.isRunning() || !storyboard.items().isEmpty());
        cancelRunning.setEnabled(preview.isRunning() || cancelExport.isVisible());
    }

    /** The selected item's clip, or {@code null} when nothing or a title card is selected. */
    private ClipItem selectedClip() {
        int index = list.getSelectedIndex();
        return index >= 0 && index < storyboard.items().size() && storyboard.items().get(index) instanceof ClipItem clip ? clip : null;
    }

    /** Extend… / Edit… of the selected clip; the provider's queue tells {@link StoryboardChain} where the result goes. */
    private void deriveSelected(Derivation.Kind kind) {
        ClipItem clip = selectedClip();
        if (clip != null && derivation != null) {
            derivation.derive(kind, clip.file());
        }
    }

    private void editSelected(StoryboardItem edited) {
        int index = list.getSelectedIndex();
        if (index >= 0 && !refreshing) {
            change(storyboard.replace(index, edited));
        }
    }

    private void outputEdited() {
        if (refreshing) {
            return;
        }
        FrameRate rate = parseFps(outputFps.getText());
        if (rate == null) {
            showStatus(Bundle.Storyboard_badFps(outputFps.getText()), true);
            return;
        }
        showStatus(" ", false);
        change(storyboard.withOutput(new OutputFormat((Integer) outputWidth.getValue(), (Integer) outputHeight.getValue(), rate)));
    }

    private void matchFirstClip() {
        storyboard.items().stream().filter(ClipItem.class::isInstance).findFirst()
                .ifPresent(first -> facts.of(((ClipItem) first).file()).thenAcceptAsync(
                        info -> change(storyboard.withOutput(OutputFormat.matching(info))), SwingUtilities::invokeLater));
    }

    /** {@code 30}, {@code 29.97} (as 30000/1001) or {@code 30000/1001}; {@code null} if none. */
    static FrameRate parseFps(String text) {
        String value = text.strip();
        try {
            if (value.contains("/")) {
                String[] parts = value.split("/", 2);
                return new FrameRate(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
            double perSecond = Double.parseDouble(value);
            long whole = Math.round(perSecond);
            if (Math.abs(perSecond - whole) < 1e-9) {
                return FrameRate.of((int) whole);
            }
            long ntsc = Math.round(perSecond * 1.001);
            if (Math.abs(perSecond - ntsc / 1.001) < 0.01) {
                return new FrameRate((int) ntsc * 1000, 1001);
            }
            return new FrameRate((int) Math.round(perSecond * 1000), 1000);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String fpsText(FrameRate rate) {
        return rate.denominator() == 1 ? Integer.toString(rate.numerator()) : rate.toString();
    }

    private JPanel buildToolbar(List<? extends ClipSource> sources) {
        JPanel toolbar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
        addClips.setName("addClips");
        addClips.addActionListener(e -> addClipsFromChooser());
        toolbar.add(addClips);
        for (ClipSource source : sources) {
            JButton fromSource = new JButton(source.displayName());
            fromSource.addActionListener(e -> addClipsFrom(source));
            toolbar.add(fromSource);
        }
        addTitle.setName("addTitle");
        addTitle.addActionListener(e -> addTitleCard());
        moveUp.setName("moveUp");
        moveUp.addActionListener(e -> moveSelected(-1));
        moveDown.setName("moveDown");
        moveDown.addActionListener(e -> moveSelected(1));
        remove.setName("remove");
        remove.addActionListener(e -> removeSelected());
        toolbar.add(addTitle);
        toolbar.add(moveUp);
        toolbar.add(moveDown);
        toolbar.add(remove);
        if (derivation != null) {
            extend.setName("extend");
            extend.setToolTipText(Bundle.Storyboard_extendTip());
            extend.addActionListener(e -> deriveSelected(Derivation.Kind.EXTEND));
            edit.setName("edit");
            edit.setToolTipText(Bundle.Storyboard_editTip());
            edit.addActionListener(e -> deriveSelected(Derivation.Kind.EDIT));
            toolbar.add(javax.swing.Box.createHorizontalStrut(12));
            toolbar.add(extend);
            toolbar.add(edit);
        }
        return toolbar;
    }

    private Component buildList() {
        list.setName("items");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ItemRenderer());
        list.setDragEnabled(true);
        list.setDropMode(DropMode.INSERT);
        list.setTransferHandler(new StoryboardTransfer(this));
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !refreshing) {
                showSelected();
                updateButtons();
            }
        });
        JScrollPane scroll = new JScrollPane(list);
        // Files dropped below the last item land at the end.
        scroll.setTransferHandler(list.getTransferHandler());
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(scroll, BorderLayout.CENTER);
        // wrapped, not cut off: in most languages the hint is longer than the list is wide
        JTextArea hint = new JTextArea(Bundle.Storyboard_empty()) {
            @Override
            public void updateUI() {
                super.updateUI();
                setFont(UIManager.getFont("Label.font"));
                setForeground(UIManager.getColor("Label.disabledForeground"));
            }
        };
        hint.setName("hint");
        hint.setEditable(false);
        hint.setFocusable(false);
        hint.setOpaque(false);
        hint.setLineWrap(true);
        hint.setWrapStyleWord(true);
        hint.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        panel.add(hint, BorderLayout.SOUTH);
        return panel;
    }

    private Component buildEditors() {
        clipEditor.setOnEdit(this::editSelected);
        titleEditor.setOnEdit(this::editSelected);
        editors.add(new JPanel(), NOTHING);
        editors.add(new JScrollPane(clipEditor), CLIP);
        editors.add(new JScrollPane(titleEditor), TITLE);
        return editors;
    }

    private JPanel buildOutput() {
        SpinnerFields.plainIntegers(outputWidth);
        SpinnerFields.plainIntegers(outputHeight);
        outputWidth.setName("outputWidth");
        outputHeight.setName("outputHeight");
        outputFps.setName("outputFps");
        matchFirst.setName("matchFirstClip");
        summary.setName("summary");
        exportButton.setName("export");
        previewButton.setName("preview");
        previewButton.setToolTipText(Bundle.Storyboard_previewTip());
        previewButton.addActionListener(e -> {
            if (preview.isRunning()) {
                preview.cancel();
            } else {
                preview.show();
            }
        });
        cancelExport.setName("cancelExport");
        cancelExport.setVisible(false);
        status.setName("status");
        outputWidth.addChangeListener(e -> outputEdited());
        outputHeight.addChangeListener(e -> outputEdited());
        outputFps.addActionListener(e -> outputEdited());
        outputFps.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                outputEdited();
            }
        });
        matchFirst.addActionListener(e -> matchFirstClip());
        exportButton.addActionListener(e -> export.chooseTargetAndStart());
        cancelExport.addActionListener(e -> export.cancel());
        getActionMap().put(StoryboardShortcuts.CANCEL_RUNNING, cancelRunning);

        JPanel format = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JLabel outputCaption = new JLabel(Bundle.Storyboard_output());
        outputCaption.setLabelFor(outputWidth);
        format.add(outputCaption);
        nameForAssistiveTechnology();
        format.add(outputWidth);
        format.add(new JLabel("×"));
        format.add(outputHeight);
        format.add(outputFps);
        JLabel fpsCaption = new JLabel(Bundle.Storyboard_fps());
        fpsCaption.setLabelFor(outputFps);
        format.add(fpsCaption);
        format.add(matchFirst);
        format.add(javax.swing.Box.createHorizontalStrut(16));
        format.add(summary);
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        actions.add(previewButton);
        actions.add(cancelExport);
        actions.add(exportButton);
        JPanel top = new JPanel(new BorderLayout());
        top.add(format, BorderLayout.CENTER);
        top.add(actions, BorderLayout.EAST);
        JPanel south = new JPanel(new BorderLayout(0, 4));
        south.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        south.add(top, BorderLayout.NORTH);
        south.add(status, BorderLayout.SOUTH);
        return south;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Two lines per item: number and name; trim or duration, and the crossfade into it. */
    private final class ItemRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> owner, Object value, int index, boolean selected, boolean focused) {
            StoryboardItem item = (StoryboardItem) value;
            String times;
            if (item instanceof ClipItem clip) {
                MediaInfo info = facts.known(clip.file());
                double out = clip.outSeconds() != null ? clip.outSeconds() : info == null ? 0 : info.durationSeconds();
                times = Bundle.Storyboard_clipTimes(TimeText.format(clip.inSeconds()), TimeText.format(out));
            } else {
                times = Bundle.Storyboard_titleTimes(TimeText.format(((TitleCard) item).durationSeconds()));
            }
            if (index > 0 && item.crossfadeSeconds() > 0) {
                times += " · " + Bundle.Storyboard_crossfadeTimes(item.crossfadeSeconds());
            }
            String text = "<html><b>" + (index + 1) + ".</b> " + escape(item.displayName())
                    + "<br><span style='color:gray'>" + escape(times) + "</span></html>";
            super.getListCellRendererComponent(owner, text, index, selected, focused);
            setBorder(BorderFactory.createEmptyBorder(5, 6, 5, 6));
            return this;
        }
    }
}
