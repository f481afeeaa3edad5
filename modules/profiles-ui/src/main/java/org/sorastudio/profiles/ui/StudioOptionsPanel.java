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
package org.sorastudio.profiles.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.ProfileFileException;
import org.sorastudio.profiles.api.ProfileTransfer;

/**
 * Tools > Options > Sora Studio. Edits a copy of the settings and the profiles' secrets; nothing is
 * stored until the Options window applies it.
 */
@Messages({
    "Options.active=Generate with:",
    "Options.profiles=Servers",
    "Options.add=&Add",
    "Options.remove=&Remove",
    "Options.name=Name:",
    "Options.baseUrl=Base URL:",
    "Options.organization=Organization ID:",
    "Options.project=Project ID:",
    "Options.apiKey=API key:",
    "Options.apiKeyStored=(stored in the system keyring; type to replace)",
    "Options.headers=Extra headers:",
    "Options.headersTip=One per line, \"Name: value\". Values are kept in the keyring, like the key.",
    "Options.newProfile=New server",
    "Options.tuning=&Tuning…",
    "Options.tuningTip=Jobs at once, retries and status checks for this server",
    "Options.export=E&xport Servers…",
    "Options.exportTip=Writes the selected servers (Ctrl+click to choose several) to a file, without their API keys or header values",
    "Options.import=I&mport Servers…",
    "Options.importTip=Adds the servers of a file exported by Sora Studio; keys are never in such a file",
    "Options.exportTitle=Export Servers",
    "Options.importTitle=Import Servers",
    "Options.fileFilter=Sora Studio profiles (*.json)",
    "Options.defaultFileName=sora-studio-profiles.json",
    "Options.nothingToExport=There is no server to export yet.",
    "# {0} - how many",
    "# {1} - the file",
    "Options.exported=Exported {0,choice,1#1 server|1<{0} servers} to {1}, without API keys or header values.",
    "# {0} - the file",
    "# {1} - why",
    "Options.cannotExport=Could not write {0}: {1}",
    "# {0} - the file",
    "# {1} - the names",
    "Options.imported=Imported from {0}: {1}.",
    "# {0} - the name in the file",
    "# {1} - the name it got",
    "Options.renamed=\"{1}\" (was \"{0}\", a name already taken)",
    "# {0} - the file",
    "Options.nothingNew=Nothing new in {0}: its servers are all here already.",
    "# {0} - names",
    "Options.alreadyHere=Already here: {0}.",
    "# {0} - names",
    "Options.needKeys=Enter the API key of {0} before you press OK or Apply.",
    "# {0} - names",
    "Options.needHeaders=Give {0} its header values under Extra headers (\"Name: value\").",
    "# {0} - the file",
    "# {1} - why",
    "Options.importRefused=Nothing was imported from {0}: {1}",
    "Options.notProfiles=it is not a profiles file exported by Sora Studio.",
    "Options.newerFile=it was written by a newer Sora Studio. Update Sora Studio to import it."
})
final class StudioOptionsPanel extends JPanel {

    private final DefaultComboBoxModel<String> activeModel = new DefaultComboBoxModel<>();
    private final JComboBox<String> active = new JComboBox<>(activeModel);
    private final DefaultListModel<ProfileDraft> profiles = new DefaultListModel<>();
    private final JList<ProfileDraft> profileList = new JList<>(profiles);
    private final JTextField name = new JTextField(24);
    private final JTextField baseUrl = new JTextField(24);
    private final JTextField organization = new JTextField(24);
    private final JTextField project = new JTextField(24);
    private final JPasswordField apiKey = new JPasswordField(24);
    private final JLabel apiKeyNote = new JLabel(" ");
    private final JTextArea headers = new JTextArea(3, 24);
    private final JButton tuning = new JButton();
    private final JLabel problem = new JLabel(" ");
    private final JButton exportButton = new JButton();
    private final JButton importButton = new JButton();
    private final JLabel transferResult = new JLabel(" ");
    private final Runnable changed;
    private final ProfileTransfer transfer;
    private File lastFolder;
    private ProfileDraft editing;
    private boolean loading;

    private static final RequestProcessor FILES = new RequestProcessor(StudioOptionsPanel.class.getName(), 1);

    /** @param credentials where an import looks for the keys its profiles have already (the keyring in the studio) */
    StudioOptionsPanel(Runnable changed, CredentialStore credentials) {
        this.changed = changed;
        this.transfer = new ProfileTransfer(credentials);
        build();
    }

    void load(Settings settings, List<ProfileDraft> drafts) {
        loading = true;
        try {
            profiles.clear();
            drafts.forEach(profiles::addElement);
            refreshActiveChoices(settings.activeProfile());
            profileList.setSelectedIndex(profiles.isEmpty() ? -1 : 0);
            showSelected();
        } finally {
            loading = false;
        }
        updateProblem();
    }

    List<ProfileDraft> drafts() {
        commitEditing();
        List<ProfileDraft> all = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            all.add(profiles.get(i));
        }
        return all;
    }

    /** The profile chosen under "Generate with". */
    String activeProfile() {
        return (String) active.getSelectedItem();
    }

    /** The first problem that keeps the settings from being saved, or {@code null}. */
    String problem() {
        List<ProfileDraft> all = drafts();
        return all.stream().map(d -> d.problem(all)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void build() {
        setLayout(new BorderLayout(0, 8));
        JPanel top = new JPanel(new GridBagLayout());
        active.setName("activeProfile");
        JLabel activeLabel = new JLabel(Bundle.Options_active());
        activeLabel.setLabelFor(active);
        top.add(activeLabel, at(0, 0));
        top.add(active, at(1, 0));
        GridBagConstraints rest = at(2, 0);
        rest.weightx = 1;
        top.add(new JPanel(), rest);
        add(top, BorderLayout.NORTH);

        JPanel servers = new JPanel(new BorderLayout(8, 0));
        servers.setBorder(BorderFactory.createTitledBorder(Bundle.Options_profiles()));
        profileList.setName("profiles");
        profileList.getAccessibleContext().setAccessibleName(Bundle.Options_profiles());
        profileList.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        profileList.setVisibleRowCount(6);
        JPanel listSide = new JPanel(new BorderLayout(0, 4));
        listSide.add(new JScrollPane(profileList), BorderLayout.CENTER);
        JPanel buttons = new JPanel();
        JButton add = new JButton();
        Mnemonics.setLocalizedText(add, Bundle.Options_add());
        add.setName("addProfile");
        JButton remove = new JButton();
        Mnemonics.setLocalizedText(remove, Bundle.Options_remove());
        remove.setName("removeProfile");
        buttons.add(add);
        buttons.add(remove);
        Mnemonics.setLocalizedText(exportButton, Bundle.Options_export());
        exportButton.setName("exportProfiles");
        exportButton.setToolTipText(Bundle.Options_exportTip());
        exportButton.addActionListener(e -> exportProfiles());
        Mnemonics.setLocalizedText(importButton, Bundle.Options_import());
        importButton.setName("importProfiles");
        importButton.setToolTipText(Bundle.Options_importTip());
        importButton.addActionListener(e -> importProfiles());
        listSide.add(buttons, BorderLayout.SOUTH);
        servers.add(listSide, BorderLayout.WEST);

        JPanel form = new JPanel(new GridBagLayout());
        name.setName("profileName");
        baseUrl.setName("baseUrl");
        organization.setName("organization");
        project.setName("project");
        apiKey.setName("apiKey");
        headers.setName("headers");
        headers.setToolTipText(Bundle.Options_headersTip());
        int row = 0;
        row = field(form, row, Bundle.Options_name(), name);
        row = field(form, row, Bundle.Options_baseUrl(), baseUrl);
        row = field(form, row, Bundle.Options_organization(), organization);
        row = field(form, row, Bundle.Options_project(), project);
        row = field(form, row, Bundle.Options_apiKey(), apiKey);
        form.add(apiKeyNote, at(1, row++));
        row = field(form, row, Bundle.Options_headers(), new JScrollPane(headers));
        Mnemonics.setLocalizedText(tuning, Bundle.Options_tuning());
        tuning.setName("tuneProfile");
        tuning.setToolTipText(Bundle.Options_tuningTip());
        tuning.addActionListener(e -> tuneProfile());
        form.add(tuning, at(1, row));
        servers.add(form, BorderLayout.CENTER);

        JPanel center = new JPanel(new BorderLayout(0, 8));
        center.add(servers, BorderLayout.CENTER);
        add(center, BorderLayout.CENTER);
        problem.setName("problem");
        transferResult.setName("transferResult");
        // below the servers, so the list keeps its width: the file buttons, what they did, then what keeps Apply back
        JPanel fileButtons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        fileButtons.add(exportButton);
        fileButtons.add(importButton);
        JPanel messages = new JPanel(new BorderLayout(0, 4));
        messages.add(fileButtons, BorderLayout.NORTH);
        messages.add(transferResult, BorderLayout.CENTER);
        messages.add(problem, BorderLayout.SOUTH);
        add(messages, BorderLayout.SOUTH);

        add.addActionListener(e -> addProfile());
        remove.addActionListener(e -> removeProfile());
        profileList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                commitEditing();
                showSelected();
            }
        });
        DocumentListener edits = new DocumentListener() {
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
        for (JTextField field : List.of(name, baseUrl, organization, project, apiKey)) {
            field.getDocument().addDocumentListener(edits);
        }
        headers.getDocument().addDocumentListener(edits);
        active.addActionListener(e -> edited());
    }

    private void addProfile() {
        commitEditing();
        ProfileDraft draft = new ProfileDraft();
        draft.name = uniqueName();
        draft.baseUrl = "https://api.openai.com/v1";
        profiles.addElement(draft);
        profileList.setSelectedValue(draft, true);
        refreshActiveChoices((String) active.getSelectedItem());
        name.requestFocusInWindow();
        name.selectAll();
        edited();
    }

    private void removeProfile() {
        ProfileDraft selected = profileList.getSelectedValue();
        if (selected != null) {
            editing = null;
            profiles.removeElement(selected);
            profileList.setSelectedIndex(profiles.isEmpty() ? -1 : 0);
            refreshActiveChoices((String) active.getSelectedItem());
            showSelected();
            edited();
        }
    }

    /** Tuning… opens the profile's own small form; the new values are saved with the other settings. */
    private void tuneProfile() {
        if (editing != null) {
            commitEditing();
            ProfileTuningForm.edit(editing.name, editing.tuning).ifPresent(value -> {
                editing.tuning = value;
                edited();
            });
        }
    }

    /** Export… writes the selected servers (all when none is selected) to a file the user chooses, off the EDT. */
    private void exportProfiles() {
        commitEditing();
        List<ProfileDraft> chosen = profileList.getSelectedValuesList();
        List<Profile> profiles = (chosen.isEmpty() ? drafts() : chosen).stream().map(ProfileDraft::toProfile).toList();
        if (profiles.isEmpty()) {
            showResult(Bundle.Options_nothingToExport(), false);
            return;
        }
        JFileChooser chooser = chooser(Bundle.Options_exportTitle());
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), Bundle.Options_defaultFileName()));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File picked = chooser.getSelectedFile();
        Path file = (picked.getName().contains(".") ? picked : new File(picked.getPath() + ".json")).toPath();
        lastFolder = chooser.getCurrentDirectory();
        FILES.post(() -> {
            try {
                transfer.export(profiles, file);
                SwingUtilities.invokeLater(() -> showResult(Bundle.Options_exported(profiles.size(), file), true));
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> showResult(Bundle.Options_cannotExport(file, e.getMessage()), false));
            }
        });
    }

    /**
     * Import… reads a file the user chooses, off the EDT, and adds its servers to the list like Add does: nothing is
     * stored before OK or Apply, and a server without a key keeps the page from applying until its key is entered.
     */
    private void importProfiles() {
        JFileChooser chooser = chooser(Bundle.Options_importTitle());
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        lastFolder = chooser.getCurrentDirectory();
        List<Profile> existing = drafts().stream().map(ProfileDraft::toProfile).toList();
        FILES.post(() -> {
            try {
                ProfileTransfer.Result result = transfer.importFrom(file, existing);
                SwingUtilities.invokeLater(() -> addImported(file, result));
            } catch (ProfileFileException e) {
                String why = switch (e.reason()) {
                    case NOT_PROFILES -> Bundle.Options_notProfiles();
                    case NEWER_VERSION -> Bundle.Options_newerFile();
                    default -> e.detail();
                };
                SwingUtilities.invokeLater(() -> showResult(Bundle.Options_importRefused(file.getFileName(), why), false));
            }
        });
    }

    private void addImported(Path file, ProfileTransfer.Result result) {
        List<String> lines = new ArrayList<>();
        if (result.imported().isEmpty()) {
            lines.add(Bundle.Options_nothingNew(file.getFileName()));
        } else {
            ProfileDraft first = null;
            for (ProfileTransfer.Imported imported : result.imported()) {
                ProfileDraft draft = ProfileDraft.of(imported.profile(), !imported.needsKey());
                profiles.addElement(draft);
                first = first == null ? draft : first;
            }
            profileList.setSelectedValue(first, true);
            refreshActiveChoices((String) active.getSelectedItem());
            showSelected();
            lines.add(Bundle.Options_imported(file.getFileName(), result.imported().stream()
                    .map(i -> i.renamed() ? Bundle.Options_renamed(i.nameInFile(), i.profile().name()) : "\"" + i.profile().name() + "\"")
                    .collect(Collectors.joining(", "))));
        }
        if (!result.unchanged().isEmpty()) {
            lines.add(Bundle.Options_alreadyHere(quoted(result.unchanged())));
        }
        List<String> needKeys = result.imported().stream().filter(ProfileTransfer.Imported::needsKey).map(i -> i.profile().name()).toList();
        if (!needKeys.isEmpty()) {
            lines.add(Bundle.Options_needKeys(quoted(needKeys)));
        }
        List<String> needHeaders = result.imported().stream().filter(i -> !i.missingHeaders().isEmpty())
                .map(i -> i.profile().name()).toList();
        if (!needHeaders.isEmpty()) {
            lines.add(Bundle.Options_needHeaders(quoted(needHeaders)));
        }
        showResult(String.join("\n", lines), true);
        if (!result.imported().isEmpty()) {
            edited();
        }
    }

    /** The result of Export… or Import…, kept until the next one; also read by screen readers as the label's text. */
    private void showResult(String text, boolean success) {
        StringBuilder html = new StringBuilder("<html><div style='width:520px'>");
        for (String line : text.split("\n")) {
            html.append(line.replace("&", "&amp;").replace("<", "&lt;")).append("<br>");
        }
        transferResult.setText(html.append("</div></html>").toString());
        transferResult.getAccessibleContext().setAccessibleName(text);
        transferResult.setForeground(success ? null : UIManager.getColor("Component.error.focusedBorderColor"));
    }

    /** The text of the last Export… or Import… result, without its markup. */
    String transferResult() {
        return transferResult.getAccessibleContext().getAccessibleName();
    }

    private JFileChooser chooser(String title) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("profilesFileChooser");
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(Bundle.Options_fileFilter(), "json"));
        return chooser;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }

    private String uniqueName() {
        Set<String> taken = drafts().stream().map(d -> d.name).collect(Collectors.toSet());
        String candidate = Bundle.Options_newProfile();
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = Bundle.Options_newProfile() + " " + n;
        }
        return candidate;
    }

    private void showSelected() {
        loading = true;
        try {
            editing = profileList.getSelectedValue();
            boolean on = editing != null;
            for (JComponent field : List.of(name, baseUrl, organization, project, apiKey, headers, tuning)) {
                field.setEnabled(on);
            }
            name.setText(on ? editing.name : "");
            baseUrl.setText(on ? editing.baseUrl : "");
            organization.setText(on && editing.organizationId != null ? editing.organizationId : "");
            project.setText(on && editing.projectId != null ? editing.projectId : "");
            apiKey.setText(on && editing.apiKey != null ? editing.apiKey : "");
            apiKeyNote.setText(on && editing.hasStoredKey && editing.apiKey == null ? Bundle.Options_apiKeyStored() : " ");
            headers.setText(on ? headerText(editing) : "");
        } finally {
            loading = false;
        }
    }

    private void commitEditing() {
        if (editing == null) {
            return;
        }
        editing.name = name.getText();
        editing.baseUrl = baseUrl.getText();
        editing.organizationId = organization.getText();
        editing.projectId = project.getText();
        String key = new String(apiKey.getPassword());
        editing.apiKey = key.isEmpty() ? null : key;
        Map<String, String> parsed = parseHeaders(headers.getText());
        editing.headers.keySet().retainAll(parsed.keySet());
        parsed.forEach((header, value) -> {
            if (value != null || !editing.headers.containsKey(header)) {
                editing.headers.put(header, value);
            }
        });
    }

    private void edited() {
        if (loading) {
            return;
        }
        commitEditing();
        profileList.repaint();
        String selected = (String) active.getSelectedItem();
        if (editing != null && !activeChoicesMatch()) {
            refreshActiveChoices(selected);
        }
        updateProblem();
        changed.run();
    }

    private boolean activeChoicesMatch() {
        List<ProfileDraft> all = drafts();
        if (activeModel.getSize() != all.size() + 1) {
            return false;
        }
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).name.equals(activeModel.getElementAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private void refreshActiveChoices(String selected) {
        boolean wasLoading = loading;
        loading = true;
        try {
            activeModel.removeAllElements();
            activeModel.addElement(Profile.OFFLINE_SIMULATOR);
            drafts().forEach(d -> activeModel.addElement(d.name));
            active.setSelectedItem(selected != null && activeModel.getIndexOf(selected) >= 0 ? selected : Profile.OFFLINE_SIMULATOR);
        } finally {
            loading = wasLoading;
        }
    }

    private void updateProblem() {
        String text = problem();
        problem.setText(text == null ? " " : text);
        problem.setForeground(text == null ? null : UIManager.getColor("Component.error.focusedBorderColor"));
    }

    /** Stored header values are never shown: a line "Name:" with nothing after it keeps the stored value. */
    private static String headerText(ProfileDraft draft) {
        StringBuilder text = new StringBuilder();
        draft.headers.forEach((header, value) -> text.append(header).append(": ").append(value == null ? "" : value).append('\n'));
        return text.toString();
    }

    static Map<String, String> parseHeaders(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(':');
            String header = (colon < 0 ? line : line.substring(0, colon)).trim();
            if (!header.isEmpty()) {
                String value = colon < 0 ? "" : line.substring(colon + 1).trim();
                parsed.put(header, value.isEmpty() ? null : value);
            }
        }
        return parsed;
    }

    private static int field(JPanel panel, int row, String label, JComponent editor) {
        JLabel caption = new JLabel(label);
        // a screen reader names the field after its caption; a scrolled editor is the view inside
        caption.setLabelFor(editor instanceof JScrollPane scroll ? scroll.getViewport().getView() : editor);
        panel.add(caption, at(0, row));
        GridBagConstraints c = at(1, row);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(editor, c);
        return row + 1;
    }

    private static GridBagConstraints at(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 2, 4);
        return c;
    }
}
