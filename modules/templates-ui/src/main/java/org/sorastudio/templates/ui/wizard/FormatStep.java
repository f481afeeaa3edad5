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
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.openide.WizardDescriptor;
import org.openide.WizardValidationException;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.templates.batch.BatchRequest;
import org.sorastudio.templates.csv.CsvDelimiter;
import org.sorastudio.templates.csv.CsvEncoding;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.csv.CsvHeader;
import org.sorastudio.templates.csv.CsvRow;
import org.sorastudio.templates.csv.CsvRowReader;
import org.sorastudio.templates.csv.CsvSettings;
import org.sorastudio.templates.ui.BackgroundWork;
import org.sorastudio.templates.ui.UserMessages;

/**
 * Step 2: how to read the file. Encoding and delimiter start as detected (with the reason) and can
 * be changed; the first lines are shown as text and as columns, re-read in the background after
 * every change, so a wrong choice is visible at once.
 */
@Messages({
    "FormatStep.title=Encoding and Delimiter",
    "FormatStep.encoding=Encoding",
    "FormatStep.delimiter=Delimiter",
    "FormatStep.header=First &row names the columns",
    "# {0} - reason",
    "FormatStep.detected=Detected: {0}",
    "FormatStep.asText=The first lines as text",
    "FormatStep.asColumns=The first rows as columns",
    "FormatStep.line=Line",
    "FormatStep.reading=Reading the first rows…",
    "# {0} - column count", "# {1} - rows shown",
    "FormatStep.read={0} columns; the first {1} rows are shown.",
    "FormatStep.headerChanged=Column names were changed:"
})
final class FormatStep extends WizardStep implements WizardDescriptor.AsynchronousValidatingPanel<WizardDescriptor> {

    static final int SAMPLE_ROWS = 10;
    private static final int RAW_BYTES = 8192;

    private final BackgroundWork work = new BackgroundWork("CSV wizard: preview");
    private final JComboBox<CsvEncoding> encoding = new JComboBox<>(CsvEncoding.values());
    private final JComboBox<CsvDelimiter> delimiter = new JComboBox<>(CsvDelimiter.values());
    private final JCheckBox header = new JCheckBox();
    private final JLabel encodingReason = new JLabel(" ");
    private final JLabel delimiterReason = new JLabel(" ");
    /** The file's first lines as they are, monospaced at the text size in force, after a live switch too. */
    private final JTextArea raw = new JTextArea(6, 60) {
        @Override
        public void updateUI() {
            super.updateUI();
            Font label = UIManager.getFont("Label.font");
            if (label != null) {
                setFont(new Font(Font.MONOSPACED, Font.PLAIN, label.getSize()));
            }
        }
    };
    private final ReadOnlyTableModel rows = new ReadOnlyTableModel();
    private final JTable table = new JTable(rows);
    private final JLabel status = new JLabel(" ");
    private RequestProcessor.Task reading;
    private String readProblem;
    private boolean sampleReady;
    private boolean filling;

    FormatStep(CsvImportModel model) {
        super(model, Bundle.FormatStep_title(), new BorderLayout(0, 6));
        Mnemonics.setLocalizedText(header, Bundle.FormatStep_header());
        encoding.setName("encoding");
        delimiter.setName("delimiter");
        header.setName("headerRow");
        raw.setName("rawPreview");
        raw.setEditable(false);
        status.setName("formatStatus");
        table.setName("parsedPreview");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);

        JPanel choices = new JPanel(new GridBagLayout());
        addChoice(choices, 0, Bundle.FormatStep_encoding(), encoding, encodingReason);
        addChoice(choices, 1, Bundle.FormatStep_delimiter(), delimiter, delimiterReason);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 2;
        c.gridx = 1;
        c.anchor = GridBagConstraints.LINE_START;
        choices.add(header, c);
        panel.add(choices, BorderLayout.NORTH);

        JPanel text = titled(Bundle.FormatStep_asText(), new JScrollPane(raw));
        JPanel columns = titled(Bundle.FormatStep_asColumns(), new JScrollPane(table));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, text, columns);
        split.setResizeWeight(0.4);
        split.setBorder(null);
        panel.add(split, BorderLayout.CENTER);
        panel.add(status, BorderLayout.SOUTH);

        encoding.addActionListener(e -> changed());
        delimiter.addActionListener(e -> changed());
        header.addActionListener(e -> changed());
    }

    private static void addChoice(JPanel panel, int row, String label, JComboBox<?> box, JLabel reason) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(2, 0, 2, 8);
        c.anchor = GridBagConstraints.LINE_START;
        JLabel caption = new JLabel(label);
        caption.setLabelFor(box);
        panel.add(caption, c);
        c.gridx = 1;
        panel.add(box, c);
        c.gridx = 2;
        c.weightx = 1;
        reason.setEnabled(false);
        panel.add(reason, c);
    }

    private static JPanel titled(String title, javax.swing.JComponent content) {
        JPanel panel = new JPanel(new BorderLayout(0, 2));
        JLabel caption = new JLabel(title);
        // the caption names what scrolls under it: the raw text, the parsed table
        caption.setLabelFor(content instanceof javax.swing.JScrollPane pane ? pane.getViewport().getView() : content);
        panel.add(caption, BorderLayout.NORTH);
        panel.add(content, BorderLayout.CENTER);
        return panel;
    }

    @Override
    protected void entered() {
        filling = true;
        try {
            encoding.setSelectedItem(model.settings.encoding());
            delimiter.setSelectedItem(model.settings.delimiter());
            header.setSelected(model.settings.headerRow());
            encodingReason.setText(Bundle.FormatStep_detected(model.detection.encodingReason()));
            delimiterReason.setText(Bundle.FormatStep_detected(model.detection.delimiterReason()));
        } finally {
            filling = false;
        }
        readSample();
    }

    private void changed() {
        if (filling) {
            return;
        }
        model.settings = model.settings.withEncoding((CsvEncoding) encoding.getSelectedItem())
                .withDelimiter((CsvDelimiter) delimiter.getSelectedItem())
                .withHeaderRow(header.isSelected());
        readSample();
    }

    /** What the first rows look like with the current settings. */
    private record Sample(String text, CsvHeader header, List<CsvRow> rows) {
    }

    private void readSample() {
        if (reading != null) {
            reading.cancel();
        }
        Path file = model.file;
        CsvSettings settings = model.settings;
        readProblem = null;
        sampleReady = false;
        status.setText(Bundle.FormatStep_reading());
        fireChange();
        reading = work.submit(() -> sample(file, settings), sample -> {
            if (settings.equals(model.settings)) {
                showSample(sample);
            }
        }, e -> {
            if (settings.equals(model.settings)) {
                showProblem(e);
            }
        });
    }

    private static Sample sample(Path file, CsvSettings settings) throws IOException, CsvFileException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(RAW_BYTES);
        }
        String text = new String(start, settings.encoding().charset()).replace("\uFEFF", "");
        String lines = text.lines().limit(SAMPLE_ROWS + 1L).reduce((a, b) -> a + "\n" + b).orElse("");
        try (CsvRowReader reader = CsvRowReader.open(file, settings); Stream<CsvRow> stream = reader.stream()) {
            return new Sample(lines, reader.header(), stream.limit(SAMPLE_ROWS).toList());
        }
    }

    private void showSample(Sample sample) {
        raw.setText(sample.text());
        raw.setCaretPosition(0);
        List<String> columns = new ArrayList<>(List.of(Bundle.FormatStep_line()));
        columns.addAll(sample.header().names());
        rows.setColumnIdentifiers(columns.toArray());
        List<Object[]> data = new ArrayList<>();
        for (CsvRow row : sample.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.line()));
            cells.addAll(row.values());
            data.add(cells.toArray());
        }
        rows.setRows(data);
        TableColumns.fitToContent(table, 260);
        model.sampleRows = sample.rows();
        sampleReady = true;
        String text = Bundle.FormatStep_read(sample.header().size(), sample.rows().size());
        if (!sample.header().problems().isEmpty()) {
            text = "<html>" + text + "<br>" + Bundle.FormatStep_headerChanged() + " "
                    + String.join(" ", sample.header().problems()) + "</html>";
        }
        status.setText(text);
        message(WizardDescriptor.PROP_ERROR_MESSAGE, null);
        fireChange();
    }

    private void showProblem(Exception e) {
        readProblem = UserMessages.describe(e);
        sampleReady = true;
        rows.setRowCount(0);
        status.setText(" ");
        message(WizardDescriptor.PROP_ERROR_MESSAGE, readProblem);
        fireChange();
    }

    @Override
    public boolean isValid() {
        return sampleReady && readProblem == null;
    }

    @Override
    public void prepareValidation() {
        // Everything needed is in the model already.
    }

    /** Reads the header and checks the prompt against it; the mapping starts as the engine suggests. */
    @Override
    public void validate() throws WizardValidationException {
        BatchRequest wanted = model.request();
        if (model.plan != null && model.plan.request().withMapping(null).equals(wanted)) {
            return;
        }
        try {
            model.setPlan(model.expander.plan(wanted));
        } catch (CsvFileException e) {
            String message = UserMessages.describe(e);
            throw new WizardValidationException(encoding, message, message);
        }
    }
}
