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

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.WizardDescriptor;
import org.openide.WizardValidationException;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.templates.api.TemplateLibrary;
import org.sorastudio.templates.csv.CsvDetection;
import org.sorastudio.templates.csv.CsvDetector;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.pattern.PromptPattern;
import org.sorastudio.templates.ui.BackgroundWork;
import org.sorastudio.templates.ui.UserMessages;

/**
 * Step 1: the CSV file and what each row fills in: a template (its prompt and defaults) or a
 * prompt written here, plus an optional output-name pattern. Leaving the step detects the file's
 * encoding and delimiter in the background.
 */
@Messages({
    "SourceStep.title=File and Template",
    "SourceStep.file=CSV file",
    "SourceStep.browse=Br&owse…",
    "SourceStep.chooserTitle=Choose a CSV File",
    "SourceStep.csvFiles=CSV and text files (*.csv, *.tsv, *.txt)",
    "SourceStep.template=Template",
    "SourceStep.noTemplate=(none: write the prompt below)",
    "SourceStep.loadingTemplates=Loading templates…",
    "SourceStep.prompt=Prompt",
    "SourceStep.promptHint=<html>Each row fills the <b>{placeholders}</b>; changes here apply to this batch only.</html>",
    "SourceStep.outputName=Output names",
    "SourceStep.outputNameHint=optional, e.g. {subject}-{n}; {row} is the CSV line, {n} the shot number",
    "SourceStep.defaults=Defaults",
    "SourceStep.model=model",
    "SourceStep.size=size",
    "SourceStep.seconds=seconds",
    "SourceStep.defaultsHint=Used for rows that do not set it",
    "# {0} - variables",
    "SourceStep.variables=Placeholders: {0}",
    "SourceStep.noVariables=No placeholders: every row gets the same prompt (rows may still set model, size, seconds).",
    "SourceStep.chooseFile=Choose the CSV file.",
    "SourceStep.writePrompt=Choose a template or write a prompt.",
    "SourceStep.secondsNumber=Default seconds must be a whole number.",
    "# {0} - path",
    "SourceStep.noSuchFile={0} does not exist.",
    "# {0} - path",
    "SourceStep.badPath={0} is not a valid path."
})
final class SourceStep extends WizardStep implements WizardDescriptor.AsynchronousValidatingPanel<WizardDescriptor> {

    /** The "no template" entry of the template list. */
    private record Choice(Template template) {
        @Override
        public String toString() {
            return template == null ? Bundle.SourceStep_noTemplate() : template.name();
        }
    }

    private final BackgroundWork work = new BackgroundWork("CSV wizard: templates");
    private final JTextField file = new JTextField(40);
    private final JComboBox<Choice> template = new JComboBox<>();
    private final JTextArea prompt = new JTextArea(5, 40);
    private final JLabel variables = new JLabel(" ");
    private final JTextField outputName = new JTextField(30);
    private final JComboBox<String> defaultModel = new JComboBox<>();
    private final JComboBox<String> size = new JComboBox<>();
    private final JComboBox<String> seconds = new JComboBox<>();
    private boolean templatesLoaded;
    /** While filling fields from a template: those changes are not the user's edits. */
    private boolean filling;

    SourceStep(CsvImportModel model) {
        super(model, Bundle.SourceStep_title(), new GridBagLayout());
        file.setName("csvFile");
        template.setName("template");
        template.addItem(new Choice(null));
        prompt.setName("batchPrompt");
        prompt.setLineWrap(true);
        prompt.setWrapStyleWord(true);
        prompt.setText(model.prompt);
        variables.setName("batchVariables");
        outputName.setName("outputName");
        outputName.setToolTipText(Bundle.SourceStep_outputNameHint());
        outputName.putClientProperty("JTextField.placeholderText", Bundle.SourceStep_outputNameHint());
        defaultModel.setName("defaultModel");
        size.setName("defaultSize");
        seconds.setName("defaultSeconds");
        ModelCatalog catalog = model.services.lookup(ModelCatalog.class);
        catalog.models().forEach(spec -> defaultModel.addItem(spec.id()));
        catalog.models().stream().flatMap(spec -> spec.sizes().stream()).distinct().forEach(size::addItem);
        catalog.models().stream().flatMap(spec -> spec.seconds().stream()).distinct().sorted()
                .forEach(s -> seconds.addItem(String.valueOf(s)));
        for (JComboBox<String> box : List.of(defaultModel, size, seconds)) {
            box.setEditable(true);
            box.setToolTipText(Bundle.SourceStep_defaultsHint());
        }
        Template start = model.template;
        setDefaults(start == null ? Shot.DEFAULT_MODEL : start.model(), start == null ? Shot.DEFAULT_SIZE : start.size(),
                start == null ? Shot.DEFAULT_SECONDS : start.seconds());
        layoutFields();
        listen();
        updateVariables();
    }

    private void layoutFields() {
        JButton browse = new JButton();
        Mnemonics.setLocalizedText(browse, Bundle.SourceStep_browse());
        browse.setName("browse");
        browse.addActionListener(e -> browse());
        JPanel fileRow = new JPanel(new BorderLayout(6, 0));
        fileRow.add(file, BorderLayout.CENTER);
        fileRow.add(browse, BorderLayout.EAST);
        JPanel defaults = new JPanel(new GridBagLayout());
        int column = 0;
        for (java.util.Map.Entry<String, JComboBox<String>> part : List.of(java.util.Map.entry(Bundle.SourceStep_model(), defaultModel),
                java.util.Map.entry(Bundle.SourceStep_size(), size), java.util.Map.entry(Bundle.SourceStep_seconds(), seconds))) {
            GridBagConstraints c = new GridBagConstraints();
            c.gridx = column++;
            c.insets = new Insets(0, column > 1 ? 12 : 0, 0, 4);
            JLabel caption = new JLabel(part.getKey());
            caption.setLabelFor(part.getValue()); // each default is announced by the caption before it
            defaults.add(caption, c);
            c.gridx = column++;
            c.insets = new Insets(0, 0, 0, 4);
            defaults.add(part.getValue(), c);
        }
        JLabel promptHint = new JLabel(Bundle.SourceStep_promptHint());
        promptHint.setEnabled(false);
        int row = 0;
        row = addRow(row, Bundle.SourceStep_file(), fileRow, false);
        row = addRow(row, Bundle.SourceStep_template(), template, false);
        row = addRow(row, Bundle.SourceStep_prompt(), new JScrollPane(prompt), true);
        row = addRow(row, "", promptHint, false);
        row = addRow(row, "", variables, false);
        row = addRow(row, Bundle.SourceStep_outputName(), outputName, false);
        addRow(row, Bundle.SourceStep_defaults(), defaults, false);
    }

    /** The control a row's caption names: the text inside a scroll pane, the field beside its Browse button. */
    private static java.awt.Component labelled(JComponent field) {
        if (field instanceof JScrollPane pane) {
            return pane.getViewport().getView();
        }
        return field instanceof JPanel row && row.getComponentCount() > 0 && row.getLayout() instanceof BorderLayout
                ? ((BorderLayout) row.getLayout()).getLayoutComponent(BorderLayout.CENTER) : field;
    }

    private int addRow(int row, String label, JComponent field, boolean grow) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.FIRST_LINE_START;
        JLabel caption = new JLabel(label);
        caption.setLabelFor(labelled(field));
        panel.add(caption, c);
        c.gridx = 1;
        c.weightx = 1;
        c.weighty = grow ? 1 : 0;
        c.fill = grow ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
        return row + 1;
    }

    private void listen() {
        DocumentListener changed = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                edited();
            }
        };
        file.getDocument().addDocumentListener(changed);
        prompt.getDocument().addDocumentListener(changed);
        template.addActionListener(e -> templateChosen());
    }

    private void edited() {
        if (!filling) {
            updateVariables();
            showProblem();
            fireChange();
        }
    }

    private void templateChosen() {
        if (!(template.getSelectedItem() instanceof Choice choice) || choice.template() == null || filling) {
            return;
        }
        Template chosen = choice.template();
        filling = true;
        try {
            prompt.setText(chosen.prompt());
            setDefaults(chosen.model(), chosen.size(), chosen.seconds());
        } finally {
            filling = false;
        }
        updateVariables();
        fireChange();
    }

    private void setDefaults(String modelId, String sizeText, int secondsValue) {
        defaultModel.setSelectedItem(modelId == null || modelId.isBlank() ? Shot.DEFAULT_MODEL : modelId);
        size.setSelectedItem(sizeText == null || sizeText.isBlank() ? Shot.DEFAULT_SIZE : sizeText);
        seconds.setSelectedItem(String.valueOf(secondsValue > 0 ? secondsValue : Shot.DEFAULT_SECONDS));
    }

    private void updateVariables() {
        PromptPattern pattern = PromptPattern.parse(prompt.getText());
        variables.setText(pattern.variables().isEmpty() ? Bundle.SourceStep_noVariables()
                : Bundle.SourceStep_variables(pattern.variables().stream().map(v -> "{" + v + "}").collect(Collectors.joining(", "))));
    }

    private void browse() {
        File chosen = new FileChooserBuilder(SourceStep.class).setTitle(Bundle.SourceStep_chooserTitle()).setFilesOnly(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.SourceStep_csvFiles(), "csv", "tsv", "txt")).showOpenDialog();
        if (chosen != null) {
            file.setText(chosen.getPath());
        }
    }

    @Override
    protected void entered() {
        if (!templatesLoaded) {
            templatesLoaded = true;
            TemplateLibrary library = model.services.lookup(TemplateLibrary.class);
            if (library != null) {
                work.submit(library::list, this::showTemplates,
                        e -> message(WizardDescriptor.PROP_WARNING_MESSAGE, UserMessages.describe(e)));
            }
        }
        showProblem();
    }

    private void showTemplates(List<Template> templates) {
        filling = true;
        try {
            for (Template t : templates) {
                template.addItem(new Choice(t));
                if (model.template != null && t.id().equals(model.template.id())) {
                    template.setSelectedIndex(template.getItemCount() - 1);
                }
            }
        } finally {
            filling = false;
        }
    }

    @Override
    public boolean isValid() {
        return problem() == null;
    }

    private String problem() {
        if (file.getText().isBlank()) {
            return Bundle.SourceStep_chooseFile();
        }
        if (prompt.getText().isBlank()) {
            return Bundle.SourceStep_writePrompt();
        }
        if (!text(seconds).matches("\\d{1,4}")) {
            return Bundle.SourceStep_secondsNumber();
        }
        return null;
    }

    private void showProblem() {
        message(WizardDescriptor.PROP_INFO_MESSAGE, problem());
    }

    @Override
    public void prepareValidation() {
        model.prompt = prompt.getText();
        model.outputNamePattern = outputName.getText();
        model.defaultModel = text(defaultModel);
        model.defaultSize = text(size);
        model.defaultSeconds = Integer.parseInt(text(seconds));
        model.template = template.getSelectedItem() instanceof Choice choice ? choice.template() : null;
    }

    @Override
    public void validate() throws WizardValidationException {
        Path path;
        try {
            path = Path.of(file.getText().strip());
        } catch (InvalidPathException e) {
            throw invalid(Bundle.SourceStep_badPath(file.getText().strip()));
        }
        if (!Files.exists(path)) {
            throw invalid(Bundle.SourceStep_noSuchFile(path));
        }
        try {
            if (model.detection == null || !Objects.equals(model.detection.file(), path)) {
                CsvDetection detection = CsvDetector.detect(path);
                model.detection = detection;
                model.settings = detection.settings();
            }
            model.file = path;
        } catch (CsvFileException e) {
            throw invalid(UserMessages.describe(e));
        }
    }

    private WizardValidationException invalid(String message) {
        return new WizardValidationException(file, message, message);
    }

    private static String text(JComboBox<String> box) {
        Object item = box.getEditor().getItem();
        return item == null ? "" : item.toString().strip();
    }
}
