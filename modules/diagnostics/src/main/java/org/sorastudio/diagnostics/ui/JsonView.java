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
import java.awt.Color;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Theme;
import org.fife.ui.rtextarea.RTextScrollPane;
import org.fife.ui.rtextarea.SearchContext;
import org.fife.ui.rtextarea.SearchEngine;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.diagnostics.details.JsonText;

/**
 * A JSON document for a person to read: RSyntaxTextArea's JSON colours in the theme that matches
 * the look and feel (light or dark), folding of objects and arrays, search (Enter finds the next
 * match, from the top again after the last), Copy, and the reader's notice above when the file is
 * not what it should be. The file is read off the event thread.
 */
@Messages({
    "JsonView.loading=Reading…",
    "JsonView.findHint=Find",
    "JsonView.findName=Find in the JSON",
    "JsonView.textName=JSON document",
    "JsonView.next=&Next",
    "JsonView.copy=C&opy",
    "JsonView.copyTip=Copy the selection, or everything when nothing is selected",
    "# {0} - text",
    "JsonView.notFound=\"{0}\" is not in this document."
})
final class JsonView extends JPanel {

    private static final RequestProcessor READER = new RequestProcessor(JsonView.class.getName(), 1);
    /** Characters up to which objects and arrays can be folded. */
    static final int FOLDING_LIMIT = 1024 * 1024;

    private final RSyntaxTextArea text = new RSyntaxTextArea(30, 100);
    private final JTextField find = new JTextField(20);
    private final JLabel notice = new JLabel();

    JsonView() {
        super(new BorderLayout());
        setName("jsonView");
        text.setName("json");
        text.getAccessibleContext().setAccessibleName(Bundle.JsonView_textName());
        text.setEditable(false);
        text.setCodeFoldingEnabled(true);
        text.setAntiAliasingEnabled(true);
        applyTheme(text);
        notice.setName("notice");
        notice.setVisible(false);
        notice.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(toolBar(), BorderLayout.NORTH);
        top.add(notice, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        RTextScrollPane scroll = new RTextScrollPane(text);
        scroll.setFoldIndicatorEnabled(true);
        add(scroll, BorderLayout.CENTER);
    }

    private JToolBar toolBar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        find.setName("find");
        find.getAccessibleContext().setAccessibleName(Bundle.JsonView_findName());
        find.putClientProperty("JTextField.placeholderText", Bundle.JsonView_findHint());
        find.setMaximumSize(find.getPreferredSize());
        find.addActionListener(e -> findNext());
        JButton next = new JButton();
        Mnemonics.setLocalizedText(next, Bundle.JsonView_next());
        next.setName("next");
        next.addActionListener(e -> findNext());
        JButton copy = new JButton();
        Mnemonics.setLocalizedText(copy, Bundle.JsonView_copy());
        copy.setName("copy");
        copy.setToolTipText(Bundle.JsonView_copyTip());
        copy.addActionListener(e -> copy());
        bar.add(find);
        bar.add(next);
        bar.addSeparator();
        bar.add(copy);
        return bar;
    }

    /** A theme switched live (updateComponentTreeUI calls this): the syntax colours follow the new look and feel. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (text != null) {  // null while JPanel's constructor calls this, before the fields are set
            applyTheme(text);
        }
    }

    /** RSyntaxTextArea's dark or default theme, whichever matches the panel colour of the look and feel. */
    private static void applyTheme(RSyntaxTextArea area) {
        Color background = UIManager.getColor("Panel.background");
        boolean dark = background != null
                && (background.getRed() * 299 + background.getGreen() * 587 + background.getBlue() * 114) / 1000 < 128;
        String name = dark ? "/org/fife/ui/rsyntaxtextarea/themes/dark.xml" : "/org/fife/ui/rsyntaxtextarea/themes/default.xml";
        try (InputStream theme = RSyntaxTextArea.class.getResourceAsStream(name)) {
            // the theme file's own font has a fixed size: the text size chosen in Appearance is given instead
            Font label = UIManager.getFont("Label.font");
            Theme loaded = label == null ? Theme.load(theme) : Theme.load(theme, new Font(Font.MONOSPACED, Font.PLAIN, label.getSize()));
            loaded.apply(area);
        } catch (IOException e) {
            // The library's own theme file is always there; without it the default colours remain.
        }
    }

    /** Reads {@code file} off the event thread and shows it; returns the task, which tests wait for. */
    RequestProcessor.Task open(Path file) {
        text.setText(Bundle.JsonView_loading());
        return READER.post(() -> {
            JsonText read = JsonText.read(file);
            SwingUtilities.invokeLater(() -> show(read));
        });
    }

    private void show(JsonText read) {
        // Folding parses the whole document on the event thread at every change: kept for what a person reads
        // through, left out for a list answer of megabytes, which stays coloured and searchable.
        text.setCodeFoldingEnabled(read.text().length() <= FOLDING_LIMIT);
        text.setSyntaxEditingStyle(read.json() ? SyntaxConstants.SYNTAX_STYLE_JSON : SyntaxConstants.SYNTAX_STYLE_NONE);
        text.setText(read.text());
        text.setCaretPosition(0);
        showNotice(read.notice());
    }

    private void showNotice(String message) {
        notice.setText(message == null ? "" : message);
        notice.setVisible(message != null);
    }

    private void findNext() {
        String wanted = find.getText();
        if (wanted.isEmpty()) {
            return;
        }
        SearchContext context = new SearchContext(wanted);
        context.setMatchCase(false);
        context.setSearchWrap(true);
        boolean found = SearchEngine.find(text, context).wasFound();
        showNotice(found ? null : Bundle.JsonView_notFound(wanted));
    }

    private void copy() {
        String selected = text.getSelectedText();
        Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(selected != null ? selected : text.getText()), null);
    }
}
