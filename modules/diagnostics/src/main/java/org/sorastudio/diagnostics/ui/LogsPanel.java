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
package org.sorastudio.diagnostics.ui;

import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.diagnostics.capture.LogCapture;
import org.sorastudio.diagnostics.capture.LogLine;

/**
 * The Logs window's content: the captured lines in a table that follows the newest one while it is
 * scrolled to the end, a level filter and a search that apply as you type, the whole text of the
 * selected line below, and Copy, Save, Clear (Ctrl+L) and Open Folder.
 *
 * <p>New lines are taken from the {@link LogCapture} on a timer, a batch at a time, so a queue that
 * logs hundreds of lines a second costs the event thread a few insertions a second, not hundreds.
 */
@Messages({
    "Logs.show=Show:",
    "Logs.searchHint=Search the logs",
    "Logs.copy=&Copy",
    "Logs.copyTip=Copy the selected lines (Ctrl+C)",
    "Logs.save=&Save…",
    "Logs.saveTip=Save the lines shown to a file",
    "Logs.saveTitle=Save the Logs",
    "Logs.clear=C&lear",
    "Logs.clearTip=Forget every line (Ctrl+L)",
    "Logs.openFolder=&Open Folder",
    "Logs.openFolderTip=Open the folder with messages.log, the studio's full log",
    "# {0} - lines shown",
    "# {1} - lines kept",
    "Logs.count={0} of {1} lines",
    "# {0} - lines",
    "# {1} - file",
    "Logs.saved=Saved {0} lines to {1}",
    "# {0} - file",
    "# {1} - reason",
    "Logs.saveFailed=The logs could not be saved to {0}: {1}",
    "# {0} - folder",
    "Logs.folderIs=The studio''s logs are in {0}"
})
final class LogsPanel extends JPanel {

    /** How often new lines are taken: often enough to feel live, rarely enough to cost nothing. */
    static final int REFRESH_MILLIS = 100;

    private static final RequestProcessor FILES = new RequestProcessor(LogsPanel.class.getName(), 1);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final LogCapture capture;
    private final Path logsFolder;
    private final Consumer<String> status;
    private final LogTableModel model;
    private final JTable table;
    private final JComboBox<Shown> shown = new JComboBox<>(Shown.values());
    private final JTextField search = new JTextField(24);
    /** The selected line in full, monospaced at the text size in force, after a live switch too. */
    private final JTextArea detail = new JTextArea(6, 80) {
        @Override
        public void updateUI() {
            super.updateUI();
            Font label = UIManager.getFont("Label.font");
            if (label != null) {
                setFont(new Font(Font.MONOSPACED, Font.PLAIN, label.getSize()));
            }
        }
    };
    private final JLabel count = new JLabel();
    private final Timer refresh = new Timer(REFRESH_MILLIS, e -> takeNewLines());
    private long lastSequence;

    /**
     * @param status where short results go (the platform's status line in the studio)
     */
    LogsPanel(LogCapture capture, Path logsFolder, Consumer<String> status) {
        super(new BorderLayout());
        this.capture = capture;
        this.logsFolder = logsFolder;
        this.status = status;
        this.model = new LogTableModel(capture.capacity());
        this.table = new JTable(model);
        setName("logs");
        buildTable();
        add(buildToolBar(), BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), new JScrollPane(detail));
        split.setResizeWeight(0.8);
        split.setBorder(BorderFactory.createEmptyBorder());
        add(split, BorderLayout.CENTER);
        add(count, BorderLayout.SOUTH);
        count.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        bindKeys();
        showCount();
    }

    private void buildTable() {
        table.setName("lines");
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(false);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.getColumnModel().getColumn(LogTableModel.TIME).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(CLOCK.format((Instant) value));
            }
        });
        table.getColumnModel().getColumn(LogTableModel.LEVEL).setCellRenderer(new LevelRenderer());
        int clockWidth = table.getFontMetrics(table.getFont()).stringWidth("00:00:00.000") + 16;
        int[] widths = {clockWidth, 70, 140, 700};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        table.getColumnModel().getColumn(LogTableModel.TIME).setMinWidth(clockWidth);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                int row = table.getSelectedRow();
                detail.setText(row < 0 ? "" : model.lineAt(row).asText());
                detail.setCaretPosition(0);
            }
        });
        detail.setName("detail");
        detail.setEditable(false);
    }

    private JToolBar buildToolBar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        shown.setName("shown");
        shown.setMaximumSize(shown.getPreferredSize());
        shown.addActionListener(e -> applyFilter());
        nameForAssistiveTechnology();
        search.setName("search");
        search.putClientProperty("JTextField.placeholderText", Bundle.Logs_searchHint());
        search.putClientProperty("JTextField.showClearButton", true);
        search.setMaximumSize(search.getPreferredSize());
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                applyFilter();
            }
        });
        JLabel showLabel = new JLabel(Bundle.Logs_show() + " ");
        showLabel.setLabelFor(shown);
        bar.add(showLabel);
        bar.add(shown);
        bar.addSeparator();
        bar.add(search);
        bar.addSeparator();
        bar.add(button("copy", Bundle.Logs_copy(), Bundle.Logs_copyTip(), this::copySelection));
        bar.add(button("save", Bundle.Logs_save(), Bundle.Logs_saveTip(), this::chooseFileAndSave));
        bar.add(button("clear", Bundle.Logs_clear(), Bundle.Logs_clearTip(), this::clear));
        bar.add(button("openFolder", Bundle.Logs_openFolder(), Bundle.Logs_openFolderTip(), this::openFolder));
        return bar;
    }

    private static JButton button(String name, String text, String tip, Runnable action) {
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, text);
        button.setName(name);
        button.setToolTipText(tip);
        button.addActionListener(e -> action.run());
        return button;
    }

    /** The search field shows its purpose only as a placeholder, which a screen reader does not announce as a name. */
    @Messages({
        "Logs.searchName=Search the logs",
        "Logs.searchDescription=Shows only the lines that contain what you type",
        "Logs.linesName=Log lines",
        "Logs.linesDescription=The studio's log, newest last. Ctrl+C copies the selected lines, Ctrl+L clears the window",
        "Logs.detailName=Selected line in full",
        "Logs.detailDescription=The whole text of the selected line, with its stack trace if it has one"
    })
    private void nameForAssistiveTechnology() {
        search.getAccessibleContext().setAccessibleName(Bundle.Logs_searchName());
        search.getAccessibleContext().setAccessibleDescription(Bundle.Logs_searchDescription());
        table.getAccessibleContext().setAccessibleName(Bundle.Logs_linesName());
        table.getAccessibleContext().setAccessibleDescription(Bundle.Logs_linesDescription());
        detail.getAccessibleContext().setAccessibleName(Bundle.Logs_detailName());
        detail.getAccessibleContext().setAccessibleDescription(Bundle.Logs_detailDescription());
    }

    private void bindKeys() {
        bind(this, KeyStroke.getKeyStroke(KeyEvent.VK_L, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), LogsShortcuts.CLEAR,
                this::clear);
        // The table's own Copy (Ctrl+C, Ctrl+Insert, the Edit menu) would copy cells; a person wants whole lines.
        table.getActionMap().put(TransferHandler.getCopyAction().getValue(Action.NAME), new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                copySelection();
            }
        });
    }

    private static void bind(JComponent component, KeyStroke key, String name, Runnable action) {
        component.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        component.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    @Override
    public void addNotify() {
        super.addNotify();
        takeNewLines();
        refresh.start();
    }

    @Override
    public void removeNotify() {
        refresh.stop();
        super.removeNotify();
    }

    /** Moves what the capture got since the last call into the table: one batch, on the event thread. */
    void takeNewLines() {
        List<LogLine> lines = capture.after(lastSequence);
        if (lines.isEmpty()) {
            return;
        }
        lastSequence = lines.get(lines.size() - 1).sequence();
        JScrollBar scroll = ((JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, table)).getVerticalScrollBar();
        // Like tail -f: the table follows the newest line unless the user scrolled up to read.
        boolean following = model.getRowCount() == 0 || scroll.getValue() + scroll.getVisibleAmount() >= scroll.getMaximum() - 4;
        model.append(lines);
        if (following && model.getRowCount() > 0) {
            SwingUtilities.invokeLater(() -> table.scrollRectToVisible(table.getCellRect(model.getRowCount() - 1, 0, true)));
        }
        showCount();
    }

    private void applyFilter() {
        model.filter(((Shown) shown.getSelectedItem()).threshold, search.getText());
        showCount();
    }

    private void showCount() {
        NumberFormat number = NumberFormat.getIntegerInstance();
        count.setText(Bundle.Logs_count(number.format(model.getRowCount()), number.format(model.keptCount())));
    }

    void clear() {
        capture.clear();
        model.clear();
        detail.setText("");
        showCount();
    }

    private void copySelection() {
        int[] rows = table.getSelectedRows();
        if (rows.length > 0) {
            String text = IntStream.of(rows).mapToObj(row -> model.lineAt(row).asText()).collect(Collectors.joining("\n", "", "\n"));
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
        }
    }

    private void chooseFileAndSave() {
        File chosen = new FileChooserBuilder(LogsPanel.class).setTitle(Bundle.Logs_saveTitle())
                .setDefaultWorkingDirectory(logsFolder.toFile()).setFilesOnly(true).showSaveDialog();
        if (chosen != null) {
            save(chosen.toPath());
        }
    }

    /** Writes the lines shown, as text, to {@code target} off the event thread (replacing it whole or not at all). */
    RequestProcessor.Task save(Path target) {
        List<LogLine> lines = model.shownLines();
        return FILES.post(() -> {
            String text = lines.stream().map(LogLine::asText).collect(Collectors.joining("\n", "", "\n"));
            try {
                new AtomicFile(target).write(text.getBytes(StandardCharsets.UTF_8));
                report(Bundle.Logs_saved(lines.size(), target));
            } catch (IOException e) {
                report(Bundle.Logs_saveFailed(target, e.getMessage()));
            }
        });
    }

    private void openFolder() {
        FILES.post(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(logsFolder.toFile());
                    return;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // Said below: the user still learns where the folder is.
            }
            report(Bundle.Logs_folderIs(logsFolder));
        });
    }

    private void report(String message) {
        SwingUtilities.invokeLater(() -> status.accept(message));
    }
}
