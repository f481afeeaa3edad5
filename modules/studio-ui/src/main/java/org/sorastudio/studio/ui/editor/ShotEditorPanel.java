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
package org.sorastudio.studio.ui.editor;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.nio.file.Path;
import org.openide.awt.Mnemonics;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.ShotProblem;
import org.sorastudio.core.model.ShotValidator;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;

/**
 * Edits one shot: prompt, model, size, seconds and reference image. Validates on every keystroke
 * with the shared {@link ShotValidator}, shows each problem under its field, and enables Generate
 * only when nothing blocks the shot. Choices the selected model does not accept stay visible but
 * greyed out, with a tooltip saying why.
 */
@Messages({
    "ShotEditor.prompt=Prompt",
    "ShotEditor.model=Model",
    "ShotEditor.size=Size",
    "ShotEditor.seconds=Seconds",
    "ShotEditor.reference=Reference image",
    "ShotEditor.generate=&Generate",
    "ShotEditor.generateTip=Queue this shot for generation (Ctrl+Enter)",
    "ShotEditor.required=* required",
    "# {0} - characters typed", "# {1} - maximum",
    "ShotEditor.count={0} / {1}",
    "# {0} - model", "# {1} - accepted values",
    "ShotEditor.notForModel={0} does not accept this; it takes {1}.",
    "ShotEditor.refreshModels=&Refresh",
    "ShotEditor.remix=Remix of",
    "ShotEditor.remixTip=The id of a completed video (Queue window, Ctrl+J copies it). Generate then remixes it with this prompt.",
    "ShotEditor.remixButton=Re&mix",
    "ShotEditor.remixNote=A remix keeps the source video's model, size and length; only the prompt changes.",
    "ShotEditor.refreshModelsTip=Ask the server again which models it offers"
})
public final class ShotEditorPanel extends JPanel {

    private static final String OUTLINE = "JComponent.outline";
    private static final int COMBO_WIDTH = 240;

    private final ShotValidator validator;
    private final ModelCatalog catalog;
    private final JTextArea prompt = new JTextArea(6, 40);
    private final JLabel promptCount = new JLabel();
    private final JComboBox<String> model = new JComboBox<>();
    private final JComboBox<String> size = new JComboBox<>();
    private final JComboBox<String> seconds = new JComboBox<>();
    private final ReferenceImagePanel reference = new ReferenceImagePanel(ShotEditorPanel::projectFolder,
            ShotEditorPanel::keptPicturesFolder, this::revalidateShot);
    private final JTextField remixOf = new JTextField(30);
    private final JButton generate = new JButton();
    private final Map<String, JLabel> messages = new LinkedHashMap<>();
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private String shotId;
    private Map<String, String> overrides = Map.of();
    private Consumer<Shot> onGenerate = shot -> { };
    private List<ShotProblem> problems = List.of();
    private final Runnable catalogChanged = () -> javax.swing.SwingUtilities.invokeLater(() -> {
        fillChoices();
        revalidateShot();
    });

    public ShotEditorPanel(ModelCatalog catalog) {
        Mnemonics.setLocalizedText(generate, Bundle.ShotEditor_generate());
        this.catalog = catalog;
        this.validator = new ShotValidator(catalog);
        build();
        setShot(Shot.create(""));
    }

    /** Called with the shot when the user presses Generate and the shot is valid. */
    public void setOnGenerate(Consumer<Shot> onGenerate) {
        this.onGenerate = onGenerate;
    }

    public void setShot(Shot shot) {
        shotId = shot.id();
        overrides = shot.overrides();
        prompt.setText(shot.prompt());
        model.setSelectedItem(shot.model());
        size.setSelectedItem(shot.size());
        seconds.setSelectedItem(String.valueOf(shot.seconds()));
        remixOf.setText(shot.remixOf().orElse(""));
        reference.setShotSize(shot.size());
        reference.setReference(shot.referenceImage(), shot.referenceFit().orElse(null));
        revalidateShot();
    }

    /**
     * Inserts {@code text} at the prompt's caret (replacing a selection), with a space on each side where it would
     * otherwise touch a word, and leaves the caret after it.
     */
    public void insertIntoPrompt(String text) {
        int start = prompt.getSelectionStart();
        int end = prompt.getSelectionEnd();
        String all = prompt.getText();
        String before = start > 0 && !Character.isWhitespace(all.charAt(start - 1)) ? " " : "";
        String after = end < all.length() && !Character.isWhitespace(all.charAt(end)) ? " " : "";
        prompt.replaceSelection(before + text + after);
        prompt.requestFocusInWindow();
    }

    /** The prompt is where a person starts: focusing the editor focuses it. */
    @Override
    public boolean requestFocusInWindow() {
        return prompt.requestFocusInWindow();
    }

    /** The shot as currently entered (possibly invalid). */
    public Shot shot() {
        return new Shot(shotId, prompt.getText(), text(model), text(size), parseSeconds(), reference.reference(), overrides)
                .withReferenceFit(reference.fitText()).withRemixOf(remixOf.getText());
    }

    public List<ShotProblem> problems() {
        return List.copyOf(problems);
    }

    private void build() {
        setLayout(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        prompt.setLineWrap(true);
        prompt.setWrapStyleWord(true);
        // A prompt has no use for tab characters: Tab and Shift+Tab move on, as in every other field.
        prompt.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        prompt.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        prompt.setName("prompt");
        model.setName("model");
        size.setName("size");
        seconds.setName("seconds");
        generate.setName("generate");
        generate.setToolTipText(Bundle.ShotEditor_generateTip());
        generate.putClientProperty("JButton.buttonType", "default");
        promptCount.setName("promptCount");
        model.setEditable(true);
        size.setEditable(true);
        seconds.setEditable(true);
        fillChoices();
        size.setRenderer(new ChoiceRenderer(value -> acceptance(value, ModelSpec::sizes)));
        seconds.setRenderer(new ChoiceRenderer(value -> acceptance(value, spec -> spec.seconds().stream().map(String::valueOf).toList())));

        int row = 0;
        JScrollPane promptPane = new JScrollPane(prompt);
        // in a window shorter than the form, GridBagLayout gives each part its minimum: the prompt keeps four lines
        promptPane.setMinimumSize(new Dimension(200, prompt.getFontMetrics(prompt.getFont()).getHeight() * 4
                + promptPane.getInsets().top + promptPane.getInsets().bottom + prompt.getInsets().top + prompt.getInsets().bottom));
        row = addRow(row, Bundle.ShotEditor_prompt(), true, ShotProblem.FIELD_PROMPT, promptPane, promptCount);
        row = addRow(row, Bundle.ShotEditor_model(), true, ShotProblem.FIELD_MODEL, modelRow(), null);
        row = addRow(row, Bundle.ShotEditor_size(), true, ShotProblem.FIELD_SIZE, size, null);
        row = addRow(row, Bundle.ShotEditor_seconds(), true, ShotProblem.FIELD_SECONDS, seconds, null);
        row = addRow(row, Bundle.ShotEditor_reference(), false, ShotProblem.FIELD_REFERENCE, reference, null);
        remixOf.setName("remixOf");
        remixOf.setToolTipText(Bundle.ShotEditor_remixTip());
        row = addRow(row, Bundle.ShotEditor_remix(), false, ShotProblem.FIELD_REMIX, remixOf, null);
        fields.put(ShotProblem.FIELD_PROMPT, prompt);
        fields.put(ShotProblem.FIELD_MODEL, model);
        fields.put(ShotProblem.FIELD_SIZE, size);
        fields.put(ShotProblem.FIELD_SECONDS, seconds);
        fields.put(ShotProblem.FIELD_REFERENCE, reference.field());
        fields.put(ShotProblem.FIELD_REMIX, remixOf);

        JLabel required = new JLabel(Bundle.ShotEditor_required());
        required.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(required, constraints(0, row, 1, GridBagConstraints.WEST));
        add(generate, constraints(1, row, 1, GridBagConstraints.EAST));
        GridBagConstraints filler = constraints(0, row + 1, 2, GridBagConstraints.NORTH);
        filler.weighty = 1;
        add(new JPanel(), filler);

        DocumentListener onType = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                revalidateShot();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                revalidateShot();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                revalidateShot();
            }
        };
        prompt.getDocument().addDocumentListener(onType);
        remixOf.getDocument().addDocumentListener(onType);
        for (JComboBox<String> combo : List.of(model, size, seconds)) {
            combo.addActionListener(e -> revalidateShot());
            ((JTextField) combo.getEditor().getEditorComponent()).getDocument().addDocumentListener(onType);
        }
        generate.addActionListener(e -> fireGenerate());
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), EditorShortcuts.GENERATE);
        getActionMap().put(EditorShortcuts.GENERATE, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                fireGenerate();
            }
        });
    }

    private JComponent modelRow() {
        JPanel row = new JPanel(new GridBagLayout());
        model.setPreferredSize(new java.awt.Dimension(COMBO_WIDTH, model.getPreferredSize().height));
        row.add(model, constraints(0, 0, 1, GridBagConstraints.WEST));
        JButton refresh = new JButton();
        Mnemonics.setLocalizedText(refresh, Bundle.ShotEditor_refreshModels());
        refresh.setName("refreshModels");
        refresh.setToolTipText(Bundle.ShotEditor_refreshModelsTip());
        refresh.addActionListener(e -> catalog.refresh());
        row.add(refresh, constraints(1, 0, 1, GridBagConstraints.WEST));
        GridBagConstraints rest = constraints(2, 0, 1, GridBagConstraints.WEST);
        rest.weightx = 1;
        row.add(new JPanel(), rest);
        return row;
    }

    /** Offers the catalog's models, and the sizes and lengths any of them takes, keeping what is entered. */
    private void fillChoices() {
        String[] entered = {text(model), text(size), text(seconds)};
        model.removeAllItems();
        size.removeAllItems();
        seconds.removeAllItems();
        catalog.models().forEach(spec -> model.addItem(spec.id()));
        allSizes().forEach(size::addItem);
        allSeconds().forEach(seconds::addItem);
        if (!entered[0].isEmpty()) {
            model.setSelectedItem(entered[0]);
            size.setSelectedItem(entered[1]);
            seconds.setSelectedItem(entered[2]);
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        catalog.addListener(catalogChanged);
    }

    @Override
    public void removeNotify() {
        catalog.removeListener(catalogChanged);
        super.removeNotify();
    }

    private int addRow(int row, String label, boolean required, String field, JComponent editor, JComponent trailer) {
        JLabel name = new JLabel(required ? label + " *" : label);
        name.setLabelFor(labelled(editor));
        add(name, constraints(0, row, 1, GridBagConstraints.NORTHWEST));
        GridBagConstraints edit = constraints(1, row, 1, GridBagConstraints.WEST);
        edit.weightx = 1;
        if (editor instanceof JComboBox<?> combo) {
            combo.setPrototypeDisplayValue(null);
            // a fixed width, and the height the look and feel and the text size in force give, again after a live switch
            Runnable fixWidth = () -> {
                combo.setPreferredSize(null);
                combo.setPreferredSize(new Dimension(COMBO_WIDTH, combo.getPreferredSize().height));
            };
            fixWidth.run();
            combo.addPropertyChangeListener("UI", e -> fixWidth.run());
        } else {
            edit.fill = editor instanceof JScrollPane ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
        }
        add(editor, edit);
        JPanel under = new JPanel(new GridBagLayout());
        JLabel message = new JLabel(" ");
        message.setName(field + "Message");
        message.setFont(message.getFont().deriveFont(Font.PLAIN));
        messages.put(field, message);
        GridBagConstraints m = constraints(0, 0, 1, GridBagConstraints.WEST);
        m.weightx = 1;
        m.fill = GridBagConstraints.HORIZONTAL;
        under.add(message, m);
        if (trailer != null) {
            under.add(trailer, constraints(1, 0, 1, GridBagConstraints.EAST));
        }
        GridBagConstraints u = constraints(1, row + 1, 1, GridBagConstraints.WEST);
        u.fill = GridBagConstraints.HORIZONTAL;
        u.insets = new Insets(0, 0, 8, 0);
        add(under, u);
        return row + 2;
    }

    /** The field a row's label names (and a screen reader announces by it): the one inside a scroll pane or a compound row. */
    private Component labelled(JComponent editor) {
        if (editor instanceof JScrollPane pane) {
            return pane.getViewport().getView();
        }
        return editor == reference ? reference.field() : editor.isAncestorOf(model) ? model : editor;
    }

    private static GridBagConstraints constraints(int x, int y, int width, int anchor) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = anchor;
        c.insets = new Insets(2, 0, 2, 10);
        return c;
    }

    /** The open project's folder: a relative reference image is relative to it, as in the CLI. */
    private static Optional<Path> projectFolder() {
        ProjectSession session = Lookup.getDefault().lookup(ProjectSession.class);
        return session == null ? Optional.empty() : session.file().map(Path::toAbsolutePath).map(Path::getParent);
    }

    /** Where pasted and dropped pictures are kept: beside the project, or in the user directory while it is unsaved. */
    private static Path keptPicturesFolder() {
        return projectFolder().orElseGet(StudioDirectories::userDirectory).resolve("references");
    }

    private void fireGenerate() {
        revalidateShot();
        if (!ShotValidator.isBlocking(problems)) {
            onGenerate.accept(shot());
        }
    }

    private void revalidateShot() {
        reference.setShotSize(text(size));
        Shot shot = shot();
        if (shot.remixOf().isPresent() || shot.referenceImage() == null) {
            problems = validator.validate(shot);
        } else {
            // the image is read off the event thread by the reference area, which knows its problems
            List<ShotProblem> found = new java.util.ArrayList<>(validator.validate(shot.withReferenceImage(null)));
            found.addAll(reference.problems());
            problems = found;
        }
        promptCount.setText(Bundle.ShotEditor_count(shot.prompt().length(), ShotValidator.MAX_PROMPT_LENGTH));
        for (Map.Entry<String, JLabel> entry : messages.entrySet()) {
            Optional<ShotProblem> problem = problems.stream().filter(p -> p.field().equals(entry.getKey()))
                    .sorted((a, b) -> Boolean.compare(b.blocking(), a.blocking())).findFirst();
            JLabel label = entry.getValue();
            label.setText(problem.map(ShotProblem::message).orElse(" "));
            // the whole message where a narrow window cuts it short (long in some languages)
            label.setToolTipText(problem.map(ShotProblem::message).orElse(null));
            label.setForeground(problem.map(p -> p.blocking() ? color("Component.error.focusedBorderColor", "Actions.Red")
                    : color("Component.warning.focusedBorderColor", "Actions.Yellow")).orElse(null));
            JComponent field = fields.get(entry.getKey());
            if (field != null) {
                field.putClientProperty(OUTLINE, problem.map(p -> p.blocking() ? "error" : "warning").orElse(null));
            }
        }
        generate.setEnabled(!ShotValidator.isBlocking(problems));
        boolean remix = shot.remixOf().isPresent();
        for (JComponent decidedBySource : List.of(model, size, seconds)) {
            decidedBySource.setEnabled(!remix);
        }
        Mnemonics.setLocalizedText(generate, remix ? Bundle.ShotEditor_remixButton() : Bundle.ShotEditor_generate());
        if (remix && messages.get(ShotProblem.FIELD_REMIX).getText().isBlank()) {
            messages.get(ShotProblem.FIELD_REMIX).setText(Bundle.ShotEditor_remixNote());
        }
        size.repaint();
        seconds.repaint();
    }

    /** The look and feel's colour for {@code key}, else for {@code fallbackKey}; {@code null} keeps the label's own. */
    private static Color color(String key, String fallbackKey) {
        Color color = UIManager.getColor(key);
        return color == null ? UIManager.getColor(fallbackKey) : color;
    }

    /** A theme switched live resets the labels' colours to the look and feel's: show the problems in the new colours. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (messages != null) {  // null while JPanel's constructor calls this, before the fields are set
            SwingUtilities.invokeLater(this::revalidateShot);
        }
    }

    /** Why {@code value} is not accepted by the selected model, or empty when it is (or the model is unknown). */
    private Optional<String> acceptance(String value, java.util.function.Function<ModelSpec, List<String>> accepted) {
        return catalog.find(text(model))
                .filter(spec -> !accepted.apply(spec).contains(value))
                .map(spec -> Bundle.ShotEditor_notForModel(spec.id(), String.join(", ", accepted.apply(spec))));
    }

    private Set<String> allSizes() {
        Set<String> sizes = new LinkedHashSet<>();
        catalog.models().forEach(spec -> sizes.addAll(spec.sizes()));
        return sizes;
    }

    private Set<String> allSeconds() {
        Set<String> values = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Integer::parseInt));
        catalog.models().forEach(spec -> spec.seconds().forEach(s -> values.add(String.valueOf(s))));
        return values;
    }

    private int parseSeconds() {
        try {
            return Integer.parseInt(text(seconds).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The combo's current text, including what is being typed into its editor. */
    private static String text(JComboBox<String> combo) {
        Object typed = combo.isEditable() ? ((JTextField) combo.getEditor().getEditorComponent()).getText() : combo.getSelectedItem();
        return typed == null ? "" : typed.toString().trim();
    }

    /** Greys out the choices the selected model does not accept and says why in a tooltip. */
    private static final class ChoiceRenderer extends DefaultListCellRenderer {

        private final java.util.function.Function<String, Optional<String>> rejection;

        ChoiceRenderer(java.util.function.Function<String, Optional<String>> rejection) {
            this.rejection = rejection;
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
            Component c = super.getListCellRendererComponent(list, value, index, selected, focused);
            Optional<String> why = value == null ? Optional.empty() : rejection.apply(value.toString());
            c.setEnabled(why.isEmpty());
            setToolTipText(why.orElse(null));
            return c;
        }
    }
}
