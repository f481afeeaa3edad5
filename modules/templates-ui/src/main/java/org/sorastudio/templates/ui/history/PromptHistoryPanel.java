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
package org.sorastudio.templates.ui.history;

import static org.sorastudio.templates.ui.Buttons.command;
import static org.sorastudio.templates.ui.Buttons.button;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.List;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ShotEditing;
import org.sorastudio.templates.api.HistoryEntry;
import org.sorastudio.templates.api.PromptHistory;
import org.sorastudio.templates.ui.BackgroundWork;
import org.sorastudio.templates.ui.UserMessages;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * The last prompts sent, most recent first, searchable; "Use in Shot" puts one into the Shot
 * editor (keeping the editor's model, size and seconds). The history file is read off the EDT.
 */
@Messages({
    "PromptHistoryPanel.searchHint=Search prompts",
    "PromptHistoryPanel.use=&Use in Shot",
    "PromptHistoryPanel.useTip=Put this prompt into the Shot editor (Enter, double-click)",
    "PromptHistoryPanel.remove=R&emove",
    "PromptHistoryPanel.clear=&Clear All…",
    "PromptHistoryPanel.confirmClear=Forget every prompt in the history? This cannot be undone.",
    "PromptHistoryPanel.confirmClearTitle=Clear Prompt History",
    "PromptHistoryPanel.noEditor=The Shot editor is not installed, so the prompt cannot be used.",
    "PromptHistoryPanel.used=The prompt is in the Shot editor.",
    "PromptHistoryPanel.empty=No prompts yet: every prompt you generate is kept here.",
    "# {0} - shown", "# {1} - total",
    "PromptHistoryPanel.count={0} of {1} prompts",
    "# {0} - uses", "# {1} - when",
    "PromptHistoryPanel.meta={0}× · last {1}",
    "PromptHistoryPanel.searchName=Search prompt history",
    "PromptHistoryPanel.listName=Prompts used before"
})
public final class PromptHistoryPanel extends JPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final PromptHistory history;
    private final Lookup services;
    private final BackgroundWork work = new BackgroundWork("Prompt history");
    /** The history tells on the thread that changed it; the search text is read on the EDT. */
    private final Runnable historyChanged = () -> SwingUtilities.invokeLater(this::reload);
    private final JTextField search = new JTextField();
    private final DefaultListModel<HistoryEntry> shown = new DefaultListModel<>();
    private final JList<HistoryEntry> list = new JList<>(shown);
    /** What the last action did, wrapped (translations are often wider than the window). */
    private final WrappedText status = new WrappedText(" ", 20);
    private final Action useAction = command(Bundle.PromptHistoryPanel_use(), this::useSelected);
    private final Action removeAction = command(Bundle.PromptHistoryPanel_remove(), this::removeSelected);
    private final Action clearAction = command(Bundle.PromptHistoryPanel_clear(), this::clearAll);
    private int total;

    /** @param services where the prompt history and the Shot editor are found */
    /** The search field is where a person starts: focusing the panel focuses it. */
    @Override
    public boolean requestFocusInWindow() {
        return search.requestFocusInWindow();
    }

    public PromptHistoryPanel(Lookup services) {
        super(new BorderLayout());
        this.services = services;
        this.history = services.lookup(PromptHistory.class);
        search.setName("historySearch");
        search.getAccessibleContext().setAccessibleName(Bundle.PromptHistoryPanel_searchName());
        search.putClientProperty("JTextField.placeholderText", Bundle.PromptHistoryPanel_searchHint());
        search.putClientProperty("JTextField.showClearButton", true);
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                reload();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                reload();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                reload();
            }
        });
        list.setName("history");
        list.getAccessibleContext().setAccessibleName(Bundle.PromptHistoryPanel_listName());
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new EntryRenderer());
        list.addListSelectionListener(e -> updateActions());
        list.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "use");
        list.getActionMap().put("use", useAction);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && useAction.isEnabled()) {
                    useSelected();
                }
            }
        });
        JPanel top = new JPanel(new BorderLayout());
        top.setBorder(BorderFactory.createEmptyBorder(6, 6, 4, 6));
        top.add(search);
        JPanel buttons = new JPanel(new GridLayout(1, 3, 6, 0));
        buttons.add(button(useAction, "useInShot", Bundle.PromptHistoryPanel_useTip()));
        buttons.add(button(removeAction, "remove", null));
        buttons.add(button(clearAction, "clear", null));
        JPanel bottom = new JPanel(new BorderLayout(0, 4));
        bottom.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        bottom.add(buttons, BorderLayout.CENTER);
        status.setName("historyStatus");
        bottom.add(status, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        updateActions();
    }

    @Override
    public void addNotify() {
        super.addNotify();
        history.addListener(historyChanged);
        reload();
    }

    @Override
    public void removeNotify() {
        history.removeListener(historyChanged);
        super.removeNotify();
    }

    private record Found(List<HistoryEntry> entries, int total) {
    }

    /** Searches in the background for what is typed; call on the EDT. */
    void reload() {
        String query = search.getText();
        work.submit(() -> new Found(history.search(query), history.entries().size()), this::show,
                e -> status.setText(UserMessages.describe(e)));
    }

    /** Shows what the search found; the list is only rebuilt when it changed, so the selection stays put. */
    private void show(Found found) {
        total = found.total();
        status.setText(total == 0 ? Bundle.PromptHistoryPanel_empty() : Bundle.PromptHistoryPanel_count(found.entries().size(), total));
        if (found.entries().equals(Collections.list(shown.elements()))) {
            updateActions();
            return;
        }
        String selected = list.getSelectedValue() == null ? null : list.getSelectedValue().prompt();
        shown.clear();
        shown.addAll(found.entries());
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).prompt().equals(selected)) {
                list.setSelectedIndex(i);
            }
        }
        updateActions();
    }

    private void updateActions() {
        useAction.setEnabled(list.getSelectedValue() != null);
        removeAction.setEnabled(list.getSelectedValue() != null);
        clearAction.setEnabled(total > 0);
    }

    private void useSelected() {
        HistoryEntry entry = list.getSelectedValue();
        ShotEditing editing = services.lookup(ShotEditing.class);
        if (entry == null) {
            return;
        }
        if (editing == null) {
            status.setText(Bundle.PromptHistoryPanel_noEditor());
            return;
        }
        editing.edit(editing.currentShot().orElseGet(() -> Shot.create("")).withPrompt(entry.prompt()));
        status.setText(Bundle.PromptHistoryPanel_used());
    }

    private void removeSelected() {
        HistoryEntry entry = list.getSelectedValue();
        if (entry != null) {
            work.submit(() -> {
                history.remove(entry.prompt());
                return true;
            }, done -> { }, e -> status.setText(UserMessages.describe(e)));
        }
    }

    private void clearAll() {
        if (UserMessages.confirm(Bundle.PromptHistoryPanel_confirmClear(), Bundle.PromptHistoryPanel_confirmClearTitle())) {
            work.submit(() -> {
                history.clear();
                return true;
            }, done -> { }, e -> status.setText(UserMessages.describe(e)));
        }
    }

    /** The prompt (up to two lines) and, greyed, how often and when it was last used. */
    private static final class EntryRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof HistoryEntry entry) {
                String prompt = entry.prompt().replaceAll("\\s+", " ");
                String text = prompt.length() > 140 ? prompt.substring(0, 140) + "…" : prompt;
                String grey = selected ? "" : " color='#777777'";
                setText("<html>" + escape(text) + "<br><font" + grey + ">"
                        + Bundle.PromptHistoryPanel_meta(entry.uses(), WHEN.format(entry.lastUsed())) + "</font></html>");
                setToolTipText(entry.prompt().length() > 140 ? entry.prompt() : null);
            }
            setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
            return this;
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
