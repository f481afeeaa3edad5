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
package org.sorastudio.templates.ui;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.templates.pattern.PatternProblem;
import org.sorastudio.templates.pattern.PromptPattern;

/**
 * Edits one template: name, prompt with placeholders, default model, size and seconds, tags and
 * notes. Shown in a dialog whose OK stays disabled while the name is blank or the prompt has a
 * placeholder that cannot be parsed; the first problem is shown under the fields.
 */
@Messages({
    "TemplateForm.name=Name",
    "TemplateForm.ok=&OK",
    "TemplateForm.prompt=Prompt",
    "TemplateForm.model=Model",
    "TemplateForm.size=Size",
    "TemplateForm.seconds=Seconds",
    "TemplateForm.tags=Tags",
    "TemplateForm.tagsHint=comma-separated, e.g. product, night",
    "TemplateForm.notes=Notes",
    "TemplateForm.syntax=<html>Placeholders: <b>{name}</b>, <b>{name=default}</b>, <b>{red|green|blue}</b> (one shot each), "
            + "<b>{{</b> <b>}}</b> for literal braces.</html>",
    "# {0} - variable list",
    "TemplateForm.variables=Variables: {0}",
    "TemplateForm.noVariables=No variables: every shot gets this exact prompt.",
    "TemplateForm.nameRequired=Give the template a name.",
    "# {0} - problem",
    "TemplateForm.promptProblem=Prompt {0}",
    "TemplateForm.secondsNotNumber=Seconds must be a whole number, e.g. 4, 8 or 12.",
    "# {0} - model", "# {1} - size",
    "TemplateForm.sizeNotOffered={0} does not offer {1}; shots made from this template will be refused unless you change it.",
    "# {0} - model",
    "TemplateForm.unknownModel={0} is not in the model catalog; that is fine for a gateway model."
})
public final class TemplateForm extends JPanel {

    private final ModelCatalog catalog;
    private final Template original;
    private final JTextField name = new JTextField(30);
    private final JTextArea prompt = new JTextArea(6, 40);
    private final JLabel variables = new JLabel(" ");
    private final JComboBox<String> model = new JComboBox<>();
    private final JComboBox<String> size = new JComboBox<>();
    private final JComboBox<String> seconds = new JComboBox<>();
    private final JTextField tags = new JTextField(30);
    private final JTextArea notes = new JTextArea(3, 40);
    private final JLabel message = new JLabel(" ");
    private Runnable onChange = () -> { };

    public TemplateForm(Template template, ModelCatalog catalog) {
        super(new GridBagLayout());
        this.original = Objects.requireNonNull(template, "template");
        this.catalog = catalog;
        name.setName("templateName");
        prompt.setName("templatePrompt");
        prompt.setLineWrap(true);
        prompt.setWrapStyleWord(true);
        variables.setName("templateVariables");
        model.setName("templateModel");
        size.setName("templateSize");
        seconds.setName("templateSeconds");
        tags.setName("templateTags");
        tags.setToolTipText(Bundle.TemplateForm_tagsHint());
        notes.setName("templateNotes");
        message.setName("templateMessage");
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        for (JComboBox<String> box : List.of(model, size, seconds)) {
            box.setEditable(true);
        }
        catalog.models().forEach(spec -> model.addItem(spec.id()));
        layoutFields();
        fill(template);
        listen();
        updateVariables();
        showMessage();
    }

    private void layoutFields() {
        int row = 0;
        row = addRow(row, Bundle.TemplateForm_name(), name, false);
        row = addRow(row, Bundle.TemplateForm_prompt(), new JScrollPane(prompt), true);
        JLabel syntax = new JLabel(Bundle.TemplateForm_syntax());
        syntax.setEnabled(false);
        row = addRow(row, "", syntax, false);
        row = addRow(row, "", variables, false);
        JPanel parameters = new JPanel(new GridBagLayout());
        addInline(parameters, 0, Bundle.TemplateForm_model(), model);
        addInline(parameters, 2, Bundle.TemplateForm_size(), size);
        addInline(parameters, 4, Bundle.TemplateForm_seconds(), seconds);
        row = addRow(row, "", parameters, false);
        row = addRow(row, Bundle.TemplateForm_tags(), tags, false);
        row = addRow(row, Bundle.TemplateForm_notes(), new JScrollPane(notes), true);
        addRow(row, "", message, false);
    }

    private int addRow(int row, String label, JComponent field, boolean grow) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 6, 2, 6);
        c.anchor = GridBagConstraints.FIRST_LINE_START;
        JLabel caption = new JLabel(label);
        // a scrolled text area is named after its caption too: the caption is bound to the area, not its scroll pane
        caption.setLabelFor(field instanceof javax.swing.JScrollPane scroll ? scroll.getViewport().getView() : field);
        add(caption, c);
        c.gridx = 1;
        c.weightx = 1;
        c.weighty = grow ? 1 : 0;
        c.fill = grow ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
        add(field, c);
        return row + 1;
    }

    private static void addInline(JPanel panel, int column, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.insets = new Insets(0, column == 0 ? 0 : 12, 0, 4);
        JLabel caption = new JLabel(label);
        caption.setLabelFor(field);
        panel.add(caption, c);
        c.gridx = column + 1;
        c.insets = new Insets(0, 0, 0, 0);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
    }

    private void fill(Template template) {
        name.setText(template.name());
        prompt.setText(template.prompt());
        model.setSelectedItem(template.model());
        offerChoicesOf(template.model());
        size.setSelectedItem(template.size());
        seconds.setSelectedItem(template.seconds() > 0 ? String.valueOf(template.seconds()) : "");
        tags.setText(String.join(", ", template.tags()));
        notes.setText(template.notes());
    }

    /** Sizes and lengths the model offers, keeping what is typed. */
    private void offerChoicesOf(String modelId) {
        Object typedSize = size.getEditor().getItem();
        Object typedSeconds = seconds.getEditor().getItem();
        size.removeAllItems();
        seconds.removeAllItems();
        catalog.find(modelId).ifPresent(spec -> {
            spec.sizes().forEach(size::addItem);
            spec.seconds().forEach(s -> seconds.addItem(String.valueOf(s)));
        });
        size.setSelectedItem(typedSize);
        seconds.setSelectedItem(typedSeconds);
    }

    private void listen() {
        DocumentListener changed = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }
        };
        for (JTextComponent text : List.of(name, prompt, tags, notes, editorOf(model), editorOf(size), editorOf(seconds))) {
            text.getDocument().addDocumentListener(changed);
        }
        model.addActionListener(e -> {
            offerChoicesOf(text(model));
            changed();
        });
        size.addActionListener(e -> changed());
        seconds.addActionListener(e -> changed());
    }

    private static JTextComponent editorOf(JComboBox<String> box) {
        return (JTextComponent) box.getEditor().getEditorComponent();
    }

    private void changed() {
        updateVariables();
        showMessage();
        onChange.run();
    }

    /** The error that blocks OK, else a warning, under the fields. */
    private void showMessage() {
        Optional<String> error = error();
        Optional<String> shown = error.isPresent() ? error : warning();
        message.setText(shown.orElse(" "));
        message.setForeground(error.isPresent() ? errorColor() : UIManager.getColor("Label.foreground"));
    }

    private static Color errorColor() {
        Color color = UIManager.getColor("Component.error.focusedBorderColor");
        return color == null ? UIManager.getColor("Actions.Red") : color;
    }

    private void updateVariables() {
        PromptPattern pattern = PromptPattern.parse(prompt.getText());
        variables.setText(pattern.variables().isEmpty() ? Bundle.TemplateForm_noVariables()
                : Bundle.TemplateForm_variables(pattern.variables().stream().map(v -> "{" + v + "}").collect(Collectors.joining(", "))));
    }

    void setOnChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The first thing that stops the template from being saved, if any. */
    public Optional<String> error() {
        if (name.getText().isBlank()) {
            return Optional.of(Bundle.TemplateForm_nameRequired());
        }
        Optional<PatternProblem> syntax = PromptPattern.parse(prompt.getText()).problems().stream().findFirst();
        if (syntax.isPresent()) {
            return Optional.of(Bundle.TemplateForm_promptProblem(syntax.get().position() + ": " + syntax.get().message()));
        }
        if (!text(seconds).isEmpty() && parsedSeconds().isEmpty()) {
            return Optional.of(Bundle.TemplateForm_secondsNotNumber());
        }
        return Optional.empty();
    }

    /** Something worth knowing that does not stop saving: a model or size the catalog does not know. */
    public Optional<String> warning() {
        String modelId = text(model);
        if (modelId.isEmpty()) {
            return Optional.empty();
        }
        Optional<ModelSpec> spec = catalog.find(modelId);
        if (spec.isEmpty()) {
            return Optional.of(Bundle.TemplateForm_unknownModel(modelId));
        }
        String sizeText = text(size);
        if (!sizeText.isEmpty() && !spec.get().sizes().contains(sizeText)) {
            return Optional.of(Bundle.TemplateForm_sizeNotOffered(modelId, sizeText));
        }
        return Optional.empty();
    }

    /** The template as edited, with the original's id and pin. */
    public Template template() {
        List<String> tagList = Arrays.stream(tags.getText().split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        return new Template(original.id(), name.getText().strip(), prompt.getText(), text(model), text(size),
                parsedSeconds().orElse(0), tagList, notes.getText(), original.pinned());
    }

    private Optional<Integer> parsedSeconds() {
        try {
            int value = Integer.parseInt(text(seconds));
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(JComboBox<String> box) {
        Object item = box.isEditable() ? box.getEditor().getItem() : box.getSelectedItem();
        return item == null ? "" : item.toString().strip();
    }

    /**
     * Shows {@code template} in a dialog; returns the edited template when the user presses OK.
     * OK is only enabled while {@link #error()} is empty; the error or a warning shows under the fields.
     */
    public static Optional<Template> edit(String title, Template template, ModelCatalog catalog) {
        TemplateForm form = new TemplateForm(template, catalog);
        // An own OK button, enabled here: every dialog presenter honours that.
        JButton ok = new JButton();
        Mnemonics.setLocalizedText(ok, Bundle.TemplateForm_ok());
        ok.setName("templateOk");
        DialogDescriptor descriptor = new DialogDescriptor(form, title, true, new Object[]{ok, DialogDescriptor.CANCEL_OPTION},
                ok, DialogDescriptor.DEFAULT_ALIGN, null, null);
        form.setOnChange(() -> ok.setEnabled(form.error().isEmpty()));
        ok.setEnabled(form.error().isEmpty());
        Object answer = DialogDisplayer.getDefault().notify(descriptor);
        return answer == ok ? Optional.of(form.template()) : Optional.empty();
    }
}
