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

import static org.sorastudio.templates.ui.Buttons.command;
import static org.sorastudio.templates.ui.Buttons.button;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ShotEditing;
import org.sorastudio.templates.api.ImportResult;
import org.sorastudio.templates.api.TemplateFilter;
import org.sorastudio.templates.api.TemplateLibrary;
import org.sorastudio.templates.api.Templates;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * The template library: search as you type (name, prompt, tags; {@code #tag}), a tag filter,
 * pinned templates first, and the actions on them. The library file is only touched off the EDT;
 * searching filters the loaded list in memory with the engine's {@link TemplateFilter}.
 */
@Messages({
    "TemplatesPanel.searchHint=Search name, prompt, #tag",
    "TemplatesPanel.allTags=All tags",
    "TemplatesPanel.new=&New…",
    "TemplatesPanel.newTip=Write a new template",
    "TemplatesPanel.edit=&Edit…",
    "TemplatesPanel.duplicate=&Duplicate",
    "TemplatesPanel.pin=&Pin",
    "TemplatesPanel.unpin=&Unpin",
    "TemplatesPanel.pinTip=Pinned templates stay at the top of the list",
    "TemplatesPanel.delete=De&lete",
    "TemplatesPanel.apply=&Apply to Shot",
    "TemplatesPanel.applyTip=Put this template's prompt, model, size and seconds into the Shot editor (Enter, double-click)",
    "TemplatesPanel.batch=&Batch from CSV…",
    "TemplatesPanel.batchTip=Make one shot per row of a spreadsheet from this template",
    "TemplatesPanel.import=&Import…",
    "TemplatesPanel.export=E&xport…",
    "TemplatesPanel.exportTip=Export the selected templates, or all of them when none is selected",
    "TemplatesPanel.newTitle=New Template",
    "# {0} - template name",
    "TemplatesPanel.editTitle=Edit Template \"{0}\"",
    "# {0} - template name",
    "TemplatesPanel.confirmDelete=Delete the template \"{0}\"? This cannot be undone.",
    "TemplatesPanel.confirmDeleteTitle=Delete Template",
    "TemplatesPanel.jsonFiles=Template files (*.json)",
    "TemplatesPanel.importTitle=Import Templates",
    "TemplatesPanel.exportTitle=Export Templates",
    "# {0} - file",
    "TemplatesPanel.confirmOverwrite={0} exists. Replace it?",
    "# {0} - file",
    "TemplatesPanel.importing=Importing templates from {0}",
    "# {0} - file",
    "TemplatesPanel.exporting=Exporting templates to {0}",
    "# {0} - added", "# {1} - skipped", "# {2} - file",
    "TemplatesPanel.imported=Imported {0} template(s) from {2}; {1} already in the library.",
    "# {0} - count", "# {1} - file",
    "TemplatesPanel.exported=Exported {0} template(s) to {1}.",
    "# {0} - template name",
    "TemplatesPanel.applied=\"{0}\" is in the Shot editor.",
    "TemplatesPanel.noEditor=The Shot editor is not installed, so the template cannot be applied.",
    "# {0} - shown", "# {1} - total",
    "TemplatesPanel.count={0} of {1} templates",
    "TemplatesPanel.empty=No templates yet: press New… or import a file.",
    "TemplatesPanel.noMatch=No template matches the search.",
    "TemplatesPanel.searchName=Search templates",
    "TemplatesPanel.tagFilterName=Tag filter",
    "TemplatesPanel.listName=Templates"
})
public final class TemplatesPanel extends JPanel {

    private static final String CHOOSER_KEY = "sorastudio.templates.json";

    private final TemplateLibrary library;
    private final ModelCatalog catalog;
    private final Lookup services;
    private final Consumer<Optional<Template>> batchFromCsv;
    private final BackgroundWork work = new BackgroundWork("Templates");
    private final Runnable libraryChanged = this::reload;

    private final JTextField search = new JTextField();
    private final JComboBox<String> tagFilter = new JComboBox<>();
    private final DefaultListModel<Template> shown = new DefaultListModel<>();
    private final JList<Template> list = new JList<>(shown);
    /** What the last action did: it wraps, since a translation or a file name is often wider than the window. */
    private final WrappedText status = new WrappedText(" ", 20);
    private final BrokenFileBanner broken;

    private final Action newAction = command(Bundle.TemplatesPanel_new(), this::newTemplate);
    private final Action editAction = command(Bundle.TemplatesPanel_edit(), this::editSelected);
    private final Action duplicateAction = command(Bundle.TemplatesPanel_duplicate(), this::duplicateSelected);
    private final Action pinAction = command(Bundle.TemplatesPanel_pin(), this::togglePin);
    private final Action deleteAction = command(Bundle.TemplatesPanel_delete(), this::deleteSelected);
    private final Action applyAction = command(Bundle.TemplatesPanel_apply(), this::applySelected);
    private final Action batchAction = command(Bundle.TemplatesPanel_batch(), this::batchFromSelected);
    private final Action importAction = command(Bundle.TemplatesPanel_import(), this::importFile);
    private final Action exportAction = command(Bundle.TemplatesPanel_export(), this::exportFile);

    private List<Template> all = List.of();
    /** Selected once the next load shows it: a template just created, duplicated or imported. */
    private String selectAfterLoad;
    private boolean loadedOnce;

    /**
     * @param services     where the library, model catalog and Shot editor are found
     *                     ({@code Lookup.getDefault()} in the studio)
     * @param batchFromCsv opens the CSV wizard with the selected template, if any
     */
    /** The search field is where a person starts: focusing the panel focuses it. */
    @Override
    public boolean requestFocusInWindow() {
        return search.requestFocusInWindow();
    }

    public TemplatesPanel(Lookup services, Consumer<Optional<Template>> batchFromCsv) {
        super(new BorderLayout());
        this.services = services;
        this.library = services.lookup(TemplateLibrary.class);
        this.catalog = services.lookup(ModelCatalog.class);
        this.batchFromCsv = batchFromCsv;
        this.broken = new BrokenFileBanner(this::restoreBackup, this::setAside, this::reload);
        buildComponents();
        updateActions();
    }

    private void buildComponents() {
        search.setName("search");
        search.getAccessibleContext().setAccessibleName(Bundle.TemplatesPanel_searchName());
        search.putClientProperty("JTextField.placeholderText", Bundle.TemplatesPanel_searchHint());
        search.putClientProperty("JTextField.showClearButton", true);
        search.setToolTipText(Bundle.TemplatesPanel_searchHint());
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refilter();
            }
        });
        search.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "toList");
        search.getActionMap().put("toList", command("", () -> {
            list.requestFocusInWindow();
            if (list.getSelectedIndex() < 0 && !shown.isEmpty()) {
                list.setSelectedIndex(0);
            }
        }));
        tagFilter.setName("tagFilter");
        tagFilter.getAccessibleContext().setAccessibleName(Bundle.TemplatesPanel_tagFilterName());
        tagFilter.addItem(Bundle.TemplatesPanel_allTags());
        tagFilter.addActionListener(e -> refilter());

        list.setName("templates");
        list.getAccessibleContext().setAccessibleName(Bundle.TemplatesPanel_listName());
        list.setCellRenderer(new TemplateCellRenderer());
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.addListSelectionListener(e -> updateActions());
        list.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "apply");
        list.getActionMap().put("apply", applyAction);
        list.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "delete");
        list.getActionMap().put("delete", deleteAction);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && applyAction.isEnabled()) {
                    applySelected();
                }
            }
        });
        list.setComponentPopupMenu(popup());

        JPanel filters = new JPanel(new BorderLayout(6, 0));
        filters.add(search, BorderLayout.CENTER);
        filters.add(tagFilter, BorderLayout.EAST);
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(broken);
        filters.setBorder(BorderFactory.createEmptyBorder(6, 6, 4, 6));
        top.add(filters);
        top.add(buttonRow(FlowLayout.LEFT, button(newAction, "new", Bundle.TemplatesPanel_newTip()), button(editAction, "edit", null),
                button(duplicateAction, "duplicate", null), button(pinAction, "pin", Bundle.TemplatesPanel_pinTip()),
                button(deleteAction, "delete", null)));
        for (JComponent c : List.of(broken, filters)) {
            c.setAlignmentX(LEFT_ALIGNMENT);
        }
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);

        JPanel bottom = new JPanel(new GridLayout(0, 1));
        JPanel use = new JPanel(new GridLayout(1, 2, 6, 0));
        use.add(button(applyAction, "apply", Bundle.TemplatesPanel_applyTip()));
        use.add(button(batchAction, "batchFromCsv", Bundle.TemplatesPanel_batchTip()));
        JPanel files = new JPanel(new GridLayout(1, 2, 6, 0));
        files.add(button(importAction, "import", null));
        files.add(button(exportAction, "export", Bundle.TemplatesPanel_exportTip()));
        bottom.add(use);
        bottom.add(files);
        status.setName("status");
        JPanel foot = new JPanel(new BorderLayout(0, 4));
        foot.add(bottom, BorderLayout.CENTER);
        foot.add(status, BorderLayout.SOUTH);
        foot.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        add(foot, BorderLayout.SOUTH);
    }

    private JPopupMenu popup() {
        JPopupMenu menu = new JPopupMenu();
        for (Action a : List.of(applyAction, batchAction, editAction, duplicateAction, pinAction, deleteAction, exportAction)) {
            menu.add(a);
        }
        return menu;
    }

    private static JPanel buttonRow(int align, JButton... buttons) {
        JPanel row = new JPanel(new FlowLayout(align, 4, 0));
        row.setAlignmentX(LEFT_ALIGNMENT);
        for (JButton b : buttons) {
            row.add(b);
        }
        return row;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        library.addListener(libraryChanged);
        reload();
    }

    @Override
    public void removeNotify() {
        library.removeListener(libraryChanged);
        super.removeNotify();
    }

    /** Reads the library in the background and shows it; safe to call from any thread. */
    void reload() {
        work.submit(() -> new Loaded(library.list(), library.tags()), this::show, this::failed);
    }

    private record Loaded(List<Template> templates, List<String> tags) {
    }

    private void show(Loaded loaded) {
        broken.hideBanner();
        loadedOnce = true;
        all = loaded.templates();
        Object tag = tagFilter.getSelectedItem();
        tagFilter.removeAllItems();
        tagFilter.addItem(Bundle.TemplatesPanel_allTags());
        loaded.tags().forEach(tagFilter::addItem);
        tagFilter.setSelectedItem(loaded.tags().contains(tag) ? tag : Bundle.TemplatesPanel_allTags());
        refilter();
    }

    private void failed(Exception e) {
        if (e instanceof DataFileException data) {
            all = List.of();
            shown.clear();
            broken.show(data);
            updateActions();
        } else {
            status.setText(UserMessages.describe(e));
        }
    }

    /** Applies the search and the tag filter to the loaded templates, keeping the selection. */
    private void refilter() {
        List<String> selectedIds = list.getSelectedValuesList().stream().map(Template::id).toList();
        TemplateFilter filter = TemplateFilter.parse(search.getText());
        String tag = tagFilter.getSelectedIndex() > 0 ? ((String) tagFilter.getSelectedItem()).toLowerCase(Locale.ROOT) : null;
        List<Template> matching = all.stream()
                .filter(filter)
                .filter(t -> tag == null || t.tags().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(tag)))
                .sorted(TemplateFilter.ORDER)
                .toList();
        String wanted = selectAfterLoad;
        boolean selectWanted = wanted != null && matching.stream().anyMatch(t -> t.id().equals(wanted));
        boolean rebuild = !matching.equals(Collections.list(shown.elements()));
        // Rebuilt only when it changed, so a reload that changes nothing keeps the selection as it is.
        if (rebuild) {
            shown.clear();
            shown.addAll(matching);
        }
        if (rebuild || selectWanted) {
            list.clearSelection();
            for (int i = 0; i < matching.size(); i++) {
                String id = matching.get(i).id();
                if (selectWanted ? id.equals(wanted) : selectedIds.contains(id)) {
                    list.addSelectionInterval(i, i);
                }
            }
        }
        if (selectWanted) {
            selectAfterLoad = null;
            list.ensureIndexIsVisible(list.getSelectedIndex());
        }
        if (loadedOnce) {
            status.setText(all.isEmpty() ? Bundle.TemplatesPanel_empty()
                    : matching.isEmpty() ? Bundle.TemplatesPanel_noMatch() : Bundle.TemplatesPanel_count(matching.size(), all.size()));
        }
        updateActions();
    }

    private void updateActions() {
        boolean usable = !broken.isVisible();
        int selected = list.getSelectedIndices().length;
        Template first = list.getSelectedValue();
        newAction.setEnabled(usable);
        importAction.setEnabled(usable);
        exportAction.setEnabled(usable && !all.isEmpty());
        for (Action single : List.of(editAction, duplicateAction, pinAction, deleteAction, applyAction)) {
            single.setEnabled(usable && selected == 1);
        }
        batchAction.setEnabled(usable);
        Buttons.rename(pinAction, first != null && first.pinned() ? Bundle.TemplatesPanel_unpin() : Bundle.TemplatesPanel_pin());
    }

    private Optional<Template> selected() {
        return Optional.ofNullable(list.getSelectedValue());
    }

    private void newTemplate() {
        TemplateForm.edit(Bundle.TemplatesPanel_newTitle(), Templates.newTemplate("", ""), catalog).ifPresent(this::save);
    }

    private void editSelected() {
        selected().flatMap(t -> TemplateForm.edit(Bundle.TemplatesPanel_editTitle(t.name()), t, catalog)).ifPresent(this::save);
    }

    private void save(Template template) {
        selectAfterLoad = template.id();
        work.submit(() -> library.save(template), saved -> { }, this::failed);
    }

    private void duplicateSelected() {
        selected().ifPresent(t -> work.submit(() -> library.duplicate(t.id()), copy -> {
            selectAfterLoad = copy.id();
            refilter();
        }, this::failed));
    }

    private void togglePin() {
        selected().ifPresent(t -> work.submit(() -> library.setPinned(t.id(), !t.pinned()), pinned -> { }, this::failed));
    }

    private void deleteSelected() {
        selected().ifPresent(t -> {
            if (UserMessages.confirm(Bundle.TemplatesPanel_confirmDelete(t.name()), Bundle.TemplatesPanel_confirmDeleteTitle())) {
                work.submit(() -> library.delete(t.id()), deleted -> { }, this::failed);
            }
        });
    }

    private void applySelected() {
        selected().ifPresent(template -> {
            ShotEditing editing = services.lookup(ShotEditing.class);
            if (editing == null) {
                status.setText(Bundle.TemplatesPanel_noEditor());
                return;
            }
            Shot current = editing.currentShot().orElseGet(() -> Shot.create(""));
            editing.edit(Templates.applyTo(template, current));
            status.setText(Bundle.TemplatesPanel_applied(template.name()));
        });
    }

    private void batchFromSelected() {
        batchFromCsv.accept(list.getSelectedIndices().length == 1 ? selected() : Optional.empty());
    }

    private void importFile() {
        File chosen = chooser(Bundle.TemplatesPanel_importTitle()).showOpenDialog();
        if (chosen != null) {
            Path file = chosen.toPath();
            work.submit(Bundle.TemplatesPanel_importing(file.getFileName()), () -> library.importFrom(file),
                    (ImportResult result) -> {
                        result.added().stream().findFirst().ifPresent(t -> selectAfterLoad = t.id());
                        status.setText(Bundle.TemplatesPanel_imported(result.added().size(), result.skipped(), file.getFileName()));
                    }, e -> UserMessages.error(UserMessages.describe(e)));
        }
    }

    private void exportFile() {
        List<Template> templates = list.getSelectedValuesList().isEmpty() ? all : list.getSelectedValuesList();
        File chosen = chooser(Bundle.TemplatesPanel_exportTitle()).showSaveDialog();
        if (chosen == null) {
            return;
        }
        Path file = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".json") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".json");
        if (file.toFile().exists()
                && !UserMessages.confirm(Bundle.TemplatesPanel_confirmOverwrite(file), Bundle.TemplatesPanel_exportTitle())) {
            return;
        }
        work.submit(Bundle.TemplatesPanel_exporting(file.getFileName()), () -> {
            library.exportTo(file, templates);
            return templates.size();
        }, count -> status.setText(Bundle.TemplatesPanel_exported(count, file.getFileName())),
                e -> UserMessages.error(UserMessages.describe(e)));
    }

    private static FileChooserBuilder chooser(String title) {
        return new FileChooserBuilder(CHOOSER_KEY).setTitle(title).setFilesOnly(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.TemplatesPanel_jsonFiles(), "json"));
    }

    private void restoreBackup() {
        work.submit(() -> {
            library.restoreBackup();
            return true;
        }, restored -> reload(), e -> UserMessages.error(UserMessages.describe(e)));
    }

    private void setAside() {
        work.submit(library::setAsideBrokenFile, moved -> reload(), e -> UserMessages.error(UserMessages.describe(e)));
    }
}
