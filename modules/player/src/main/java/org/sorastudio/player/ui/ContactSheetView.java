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
package org.sorastudio.player.ui;

import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.player.playback.PlaybackController;
import org.sorastudio.media.frames.ContactSheet;
import org.sorastudio.media.frames.ContactSheetLayout;
import org.sorastudio.media.frames.ContactSheetRenderer;
import org.sorastudio.media.frames.FrameExtractionException;

/**
 * A rendered contact sheet in a window of its own: Save… keeps the PNG, a click on a thumbnail
 * seeks the player to its time. The sheet lives in a temporary file until the window closes.
 */
@Messages({
    "# {0} - file name",
    "ContactSheet.title=Contact Sheet — {0}",
    "ContactSheet.save=&Save…",
    "ContactSheet.close=Close",
    "ContactSheet.hint=Click a thumbnail to show that moment in the player.",
    "ContactSheet.saveTitle=Save Contact Sheet",
    "# {0} - file",
    "ContactSheet.saved=Saved to {0}",
    "# {0} - problem",
    "ContactSheet.saveFailed=Not saved: {0}",
    "# {0} - file name",
    "ContactSheet.rendering=Contact sheet of {0}"
})
final class ContactSheetView extends JPanel {

    private static final Logger LOG = Logger.getLogger(ContactSheetView.class.getName());

    private final Path video;
    private final ContactSheet sheet;
    private final JLabel status = new JLabel(Bundle.ContactSheet_hint());
    private final JLabel picture;

    private ContactSheetView(Path video, ContactSheet sheet, BufferedImage image) {
        super(new BorderLayout(0, 6));
        this.video = video;
        this.sheet = sheet;
        setName("contactSheetView");
        picture = new JLabel(new ImageIcon(image));
        picture.setName("contactSheetImage");
        picture.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        picture.setVerticalAlignment(JLabel.TOP);
        picture.setHorizontalAlignment(JLabel.LEFT);
        JScrollPane scroll = new JScrollPane(picture);
        // A big sheet scrolls inside a window that fits the screen.
        scroll.setPreferredSize(new java.awt.Dimension(Math.min(image.getWidth() + 24, 1000), Math.min(image.getHeight() + 24, 640)));
        add(scroll, BorderLayout.CENTER);
        JButton save = new JButton();
        Mnemonics.setLocalizedText(save, Bundle.ContactSheet_save());
        save.setName("saveContactSheet");
        save.addActionListener(e -> saveInteractively());
        JPanel south = new JPanel(new BorderLayout());
        status.setName("contactSheetStatus");
        south.add(status, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        buttons.add(save);
        south.add(buttons, BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
    }

    /** Renders the default grid into a temporary PNG on {@code executor}, with a progress handle. */
    static CompletableFuture<ContactSheetView> render(Path video, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            ProgressHandle progress = ProgressHandle.createHandle(Bundle.ContactSheet_rendering(video.getFileName()));
            progress.start();
            Path png = null;
            try {
                png = Files.createTempFile("sorastudio-contact-sheet", ".png");
                ContactSheet sheet = Lookup.getDefault().lookup(ContactSheetRenderer.class)
                        .render(video, ContactSheetLayout.DEFAULT, png);
                BufferedImage image = ImageIO.read(sheet.file().toFile());
                return new Rendered(sheet, image);
            } catch (FrameExtractionException e) {
                deleteQuietly(png);
                throw new CompletionException(e);
            } catch (IOException e) {
                deleteQuietly(png);
                throw new CompletionException(new IOException("cannot write a temporary file: " + e.getMessage(), e));
            } finally {
                progress.finish();
            }
        }, executor).thenApplyAsync(rendered -> new ContactSheetView(video, rendered.sheet(), rendered.image()),
                javax.swing.SwingUtilities::invokeLater);
    }

    private record Rendered(ContactSheet sheet, BufferedImage image) {
    }

    ContactSheet sheet() {
        return sheet;
    }

    /**
     * Shows this view in a non-modal window; clicks on thumbnails go to {@code seekSeconds}.
     * Returns this view.
     */
    ContactSheetView showNear(JComponent owner, DoubleConsumer seekSeconds) {
        picture.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int index = thumbnailAt(e.getX(), e.getY());
                if (index >= 0) {
                    seekSeconds.accept(sheet.timestamps().get(index));
                }
            }
        });
        Object close = Bundle.ContactSheet_close();
        DialogDescriptor descriptor = new DialogDescriptor(this, Bundle.ContactSheet_title(video.getFileName()), false,
                new Object[] {close}, close, DialogDescriptor.DEFAULT_ALIGN, null, null);
        Dialog dialog = DialogDisplayer.getDefault().createDialog(descriptor);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                deleteQuietly(sheet.file());
            }
        });
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return this;
    }

    /** The thumbnail under a point of the sheet image, or {@code -1} for the gaps around them. */
    int thumbnailAt(int x, int y) {
        int spacing = ContactSheetLayout.SPACING;
        int column = (x - spacing) / (sheet.thumbnailWidth() + spacing);
        int row = (y - spacing) / (sheet.thumbnailHeight() + spacing);
        boolean inside = x >= spacing && y >= spacing
                && (x - spacing) % (sheet.thumbnailWidth() + spacing) < sheet.thumbnailWidth()
                && (y - spacing) % (sheet.thumbnailHeight() + spacing) < sheet.thumbnailHeight();
        int columns = Math.max(1, (sheet.width() - spacing) / (sheet.thumbnailWidth() + spacing));
        int index = row * columns + column;
        return inside && column < columns && index < sheet.timestamps().size() ? index : -1;
    }

    private void saveInteractively() {
        File chosen = new FileChooserBuilder(ContactSheetView.class)
                .setTitle(Bundle.ContactSheet_saveTitle())
                .setFileFilter(new FileNameExtensionFilter("PNG", "png"))
                .setDefaultWorkingDirectory(video.toAbsolutePath().getParent().toFile())
                .forceUseOfDefaultWorkingDirectory(true)
                .showSaveDialog();
        if (chosen != null) {
            String name = chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                    ? chosen.getName() : chosen.getName() + ".png";
            save(chosen.toPath().resolveSibling(name));
        }
    }

    /** Copies the sheet to {@code target} off the EDT. */
    CompletableFuture<Path> save(Path target) {
        CompletableFuture<Path> saved = CompletableFuture.supplyAsync(() -> {
            try {
                Files.copy(sheet.file(), target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, PlaybackController.WORK);
        saved.whenComplete((path, failure) -> javax.swing.SwingUtilities.invokeLater(() -> status.setText(failure == null
                ? Bundle.ContactSheet_saved(path)
                : Bundle.ContactSheet_saveFailed(failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage()))));
        return saved;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + file, e);
        }
    }
}
