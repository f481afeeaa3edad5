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
package org.sorastudio.storyboard.ui;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.ClipSource;

/** Lets the user choose several of a {@link ClipSource}'s clips in a dialog, in the source's order. */
@Messages({
    "# {0} - source, e.g. Add from Queue…",
    "ClipPicker.none=There are no clips to add yet ({0}).",
    "# {0} - label",
    "# {1} - file name",
    "ClipPicker.item={0}  ({1})"
})
final class ClipPicker {

    private ClipPicker() {
    }

    /** On the EDT; returns the chosen files, or nothing when the user cancels or there is nothing to choose. */
    static List<Path> pick(ClipSource source) {
        List<ClipSource.Clip> clips = source.clips().stream().filter(clip -> Files.isRegularFile(clip.file())).toList();
        if (clips.isEmpty()) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.ClipPicker_none(source.displayName())));
            return List.of();
        }
        JList<ClipSource.Clip> list = new JList<>(clips.toArray(ClipSource.Clip[]::new));
        list.setName("sourceClips");
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                ClipSource.Clip clip = (ClipSource.Clip) value;
                return super.getListCellRendererComponent(l, Bundle.ClipPicker_item(clip.label(), clip.file().getFileName()),
                        index, selected, focus);
            }
        });
        list.setVisibleRowCount(12);
        DialogDescriptor dialog = new DialogDescriptor(new JScrollPane(list), trimEllipsis(source.displayName()));
        if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
            return List.of();
        }
        return list.getSelectedValuesList().stream().map(ClipSource.Clip::file).toList();
    }

    /** A button's "Add from Queue…" becomes the dialog title "Add from Queue". */
    private static String trimEllipsis(String text) {
        return text.endsWith("…") ? text.substring(0, text.length() - 1)
                : text.endsWith("...") ? text.substring(0, text.length() - 3) : text;
    }
}
