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
package org.sorastudio.characters.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Image;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.ClipSource;
import org.sorastudio.core.spi.ShotEditing;
import org.sorastudio.core.spi.VideoLimits.Limits;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * The character list (thumbnail, name, server id, profile) with New Character…, Insert into Prompt and Delete. Follows
 * the library: a change from anywhere is shown on the EDT.
 */
@Messages({
    "Characters.new=&New Character…",
    "Characters.newTip=Make a character from a finished clip's time range or a video file",
    "Characters.insert=&Insert into Prompt",
    "Characters.insertTip=Mention the character by name in the Shot editor's prompt, where its caret is",
    "Characters.delete=&Delete",
    "Characters.deleteTip=Forget the character on this computer (the server keeps it)",
    "Characters.empty=No characters yet: New Character… makes one from a clip.",
    "Characters.noEditor=The Shot editor is switched off: type the character's name into the prompt yourself.",
    "# {0} - name",
    "Characters.made=Character {0} is ready: Insert into Prompt mentions it in a shot.",
    "# {0} - name",
    "Characters.inserted=Inserted {0} into the prompt.",
    "# {0} - problem",
    "Characters.deleteFailed=Not deleted: {0}",
    "# {0} - id", "# {1} - profile", "# {2} - date",
    "Characters.details={0} · {1} · {2}"
})
final class CharactersPanel extends JPanel {

    private static final int THUMBNAIL_HEIGHT = 54;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CharacterLibrary library;
    private final CharacterMaker maker;
    private final Supplier<Limits> limits;
    private final Supplier<String> profile;
    private final Supplier<List<ClipSource.Clip>> finishedClips;
    private final Supplier<ShotEditing> shotEditing;
    private final DefaultListModel<Character> model = new DefaultListModel<>();
    private final JList<Character> list = new JList<>(model);
    private final JButton create = new JButton();
    private final JButton insert = new JButton();
    private final JButton delete = new JButton();
    /** What the last action did, wrapped (translations are often wider than the explorer area). */
    private final WrappedText status = new WrappedText(" ", 20);
    private final Map<String, ImageIcon> thumbnails = new HashMap<>();

    CharactersPanel(CharacterLibrary library, CharacterMaker maker, Supplier<Limits> limits, Supplier<String> profile,
            Supplier<List<ClipSource.Clip>> finishedClips, Supplier<ShotEditing> shotEditing) {
        super(new BorderLayout());
        Mnemonics.setLocalizedText(create, Bundle.Characters_new());
        Mnemonics.setLocalizedText(insert, Bundle.Characters_insert());
        Mnemonics.setLocalizedText(delete, Bundle.Characters_delete());
        this.library = library;
        this.maker = maker;
        this.limits = limits;
        this.profile = profile;
        this.finishedClips = finishedClips;
        this.shotEditing = shotEditing;
        setName("characters");
        add(toolbar(), BorderLayout.NORTH);
        list.setName("list");
        nameForAssistiveTechnology();
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new CharacterRenderer());
        list.addListSelectionListener(e -> updateButtons());
        JScrollPane scroll = new JScrollPane(list);
        // long ids and names are cut, not allowed to widen the explorer area the window shares
        scroll.setPreferredSize(new Dimension(320, 240));
        add(scroll, BorderLayout.CENTER);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(status, BorderLayout.SOUTH);
        library.addListener(characters -> SwingUtilities.invokeLater(() -> show(characters)));
        show(library.characters());
        library.problem().ifPresent(status::setText);
    }

    /** Opens New Character…, with {@code clip} chosen when it is not null. */
    NewCharacterDialog newCharacter(Path clip) {
        NewCharacterDialog dialog = new NewCharacterDialog(SwingUtilities.getWindowAncestor(this), maker, limits.get(),
                profile.get(), finishedClips.get(), made -> {
                    select(made.id());
                    status.setText(Bundle.Characters_made(made.name()));
                });
        if (clip != null) {
            dialog.choose(clip);
        }
        dialog.setVisible(true);
        return dialog;
    }

    @Messages({
        "CharactersPanel.listName=Characters",
        "CharactersPanel.listDescription=The characters made on this server; Insert into Prompt mentions the selected one in the shot"
    })
    private void nameForAssistiveTechnology() {
        list.getAccessibleContext().setAccessibleName(Bundle.CharactersPanel_listName());
        list.getAccessibleContext().setAccessibleDescription(Bundle.CharactersPanel_listDescription());
    }

    private JPanel toolbar() {
        JPanel toolbar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
        create.setName("new");
        create.setToolTipText(Bundle.Characters_newTip());
        create.addActionListener(e -> newCharacter(null));
        insert.setName("insert");
        insert.setToolTipText(Bundle.Characters_insertTip());
        insert.addActionListener(e -> insertSelected());
        delete.setName("delete");
        delete.setToolTipText(Bundle.Characters_deleteTip());
        delete.addActionListener(e -> deleteSelected());
        toolbar.add(create);
        toolbar.add(insert);
        toolbar.add(delete);
        return toolbar;
    }

    private void show(List<Character> characters) {
        String selected = list.getSelectedValue() == null ? null : list.getSelectedValue().id();
        model.clear();
        characters.forEach(model::addElement);
        if (selected != null) {
            select(selected);
        }
        if (characters.isEmpty() && library.problem().isEmpty()) {
            status.setText(Bundle.Characters_empty());
        }
        updateButtons();
    }

    private void select(String id) {
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id().equals(id)) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
            }
        }
    }

    private void updateButtons() {
        boolean chosen = list.getSelectedValue() != null;
        insert.setEnabled(chosen && shotEditing.get() != null);
        insert.setToolTipText(shotEditing.get() == null ? Bundle.Characters_noEditor() : Bundle.Characters_insertTip());
        delete.setEnabled(chosen);
    }

    /** The API finds a character in a prompt by its name, written as it is: that is what goes in. */
    private void insertSelected() {
        Character character = list.getSelectedValue();
        ShotEditing editing = shotEditing.get();
        if (character == null || editing == null) {
            return;
        }
        editing.insertIntoPrompt(character.name());
        status.setText(Bundle.Characters_inserted(character.name()));
    }

    private void deleteSelected() {
        Character character = list.getSelectedValue();
        if (character == null) {
            return;
        }
        try {
            library.remove(character.id());
            thumbnails.remove(character.id());
        } catch (IOException e) {
            status.setText(Bundle.Characters_deleteFailed(e.getMessage()));
        }
    }

    private ImageIcon thumbnail(Character character) {
        return thumbnails.computeIfAbsent(character.id(), id -> library.thumbnail(character).map(file -> {
            ImageIcon full = new ImageIcon(file.toString());
            if (full.getIconHeight() <= 0) {
                return null;
            }
            int width = full.getIconWidth() * THUMBNAIL_HEIGHT / full.getIconHeight();
            return new ImageIcon(full.getImage().getScaledInstance(width, THUMBNAIL_HEIGHT, Image.SCALE_SMOOTH));
        }).orElse(null));
    }

    private final class CharacterRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> owner, Object value, int index, boolean selected,
                boolean focused) {
            Character character = (Character) value;
            String details = Bundle.Characters_details(character.id(), character.profile() == null ? "" : character.profile(),
                    DATE.format(character.createdAt()));
            super.getListCellRendererComponent(owner, "<html><b>" + escape(character.name())
                    + "</b><br><span style='font-size:smaller'>" + escape(details) + "</span></html>", index, selected, focused);
            setIcon(thumbnail(character));
            setIconTextGap(10);
            setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
            return this;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
