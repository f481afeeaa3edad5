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

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.TransferHandler;

/**
 * Drag and drop on the item list: an item dragged within the list moves there; video files
 * dropped from the desktop are inserted at the drop point.
 */
final class StoryboardTransfer extends TransferHandler {

    private static final Logger LOG = Logger.getLogger(StoryboardTransfer.class.getName());
    /** A row index moved inside this list; never leaves the JVM. */
    static final DataFlavor ITEM_INDEX = new DataFlavor(Integer.class, "Storyboard item");

    private final StoryboardPanel panel;

    StoryboardTransfer(StoryboardPanel panel) {
        this.panel = panel;
    }

    @Override
    public int getSourceActions(JComponent c) {
        return MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        int index = ((JList<?>) c).getSelectedIndex();
        return index < 0 ? null : new ItemIndex(index);
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(ITEM_INDEX) || support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        int size = panel.storyboard().items().size();
        int at = support.isDrop() && support.getDropLocation() instanceof JList.DropLocation location
                ? location.getIndex() : size;
        at = at < 0 ? size : at;
        try {
            Transferable data = support.getTransferable();
            if (support.isDataFlavorSupported(ITEM_INDEX)) {
                int from = (Integer) data.getTransferData(ITEM_INDEX);
                // Dropping below itself: the item leaves its old place first.
                int to = at > from ? at - 1 : at;
                if (to != from) {
                    panel.moveItem(from, to);
                }
                return true;
            }
            List<?> files = (List<?>) data.getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = files.stream().map(file -> ((File) file).toPath()).toList();
            panel.addClips(paths, at);
            return !paths.isEmpty();
        } catch (UnsupportedFlavorException | IOException e) {
            LOG.log(Level.FINE, "Unusable drop", e);
            return false;
        }
    }

    /** The dragged row. */
    record ItemIndex(int index) implements Transferable {
        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[] {ITEM_INDEX};
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor flavor) {
            return ITEM_INDEX.equals(flavor);
        }

        @Override
        public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
            if (!isDataFlavorSupported(flavor)) {
                throw new UnsupportedFlavorException(flavor);
            }
            return index;
        }
    }
}
