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
package org.sorastudio.studio.ui.editor;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Image;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.TransferHandler;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.ShotProblem;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageDownloads;
import org.sorastudio.images.ImageFit;
import org.sorastudio.images.ImageInfo;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.images.ReferenceImages;

/**
 * The Shot editor's reference area: a path (typed, browsed, dropped as a file, dragged from a browser as a link or a
 * picture, or pasted with Ctrl+V), a preview with the source's and the shot's dimensions and the fit drawn over it, a
 * fit chooser and Remove. Reading and fitting run on a background thread; the event thread only paints results.
 */
@Messages({
    "ReferenceImage.browse=&Browse…",
    "ReferenceImage.paste=&Paste",
    "ReferenceImage.pasteTip=Paste an image or an image file from the clipboard (Ctrl+V on the preview)",
    "ReferenceImage.remove=R&emove",
    "ReferenceImage.fit=Fit:",
    "ReferenceImage.fill.black=Black bars",
    "ReferenceImage.fill.blur=Blurred fill",
    "ReferenceImage.images=Images (JPEG, PNG, WebP, BMP, TIFF, GIF)",
    "ReferenceImage.none=Drop an image here, or paste one (Ctrl+V)",
    "ReferenceImage.reading=Reading the image…",
    "ReferenceImage.fetching=Fetching the dropped image…",
    "ReferenceImage.nothingToPaste=The clipboard holds no image and no image file.",
    "# {0} - source description", "# {1} - shot width", "# {2} - shot height", "# {3} - fit",
    "ReferenceImage.dimensions=Source {0}  →  shot {1,number,#} x {2,number,#}, {3}",
    "ReferenceImage.cropHint=Drag on the picture to choose what stays in view."
})
final class ReferenceImagePanel extends JPanel {

    /** The preview is decoded about this large: sharp in the editor, quick to read. */
    private static final int PREVIEW_WIDTH = 768;
    private static final int PREVIEW_HEIGHT = 432;
    private static final int TYPING_DELAY_MS = 300;
    private static final RequestProcessor READER = new RequestProcessor(ReferenceImagePanel.class.getName(), 1, true);

    private final JTextField path = new JTextField(30);
    private final JComboBox<ImageFit> fitChooser = new JComboBox<>(ImageFit.values());
    private final JComboBox<String> fillChooser = new JComboBox<>(new String[] {Bundle.ReferenceImage_fill_black(),
        Bundle.ReferenceImage_fill_blur()});
    private final ReferencePreview preview = new ReferencePreview();
    private final JLabel dimensions = new JLabel(" ");
    private final Supplier<Optional<Path>> baseFolder;
    private final Supplier<Path> keepFolder;
    private final Runnable onChange;
    private final Timer typing;
    /** Counts the user's changes: a background result for an older one is dropped. */
    private int generation;
    private FitSpec fit = FitSpec.DEFAULT;
    private String shotSize = "";
    private Path loadedFile;
    private ImageInfo loadedInfo;
    private BufferedImage loadedImage;
    private String readProblem;
    /** The path changed and its image has not been read yet: nothing may be generated from it until it is. */
    private boolean pending;
    private boolean settingFit;

    /**
     * @param baseFolder what a relative path is relative to (the project's folder), if anything
     * @param keepFolder where pasted and dropped pictures are kept as files
     * @param onChange   told after every change of path, fit or what is known about the image
     */
    ReferenceImagePanel(Supplier<Optional<Path>> baseFolder, Supplier<Path> keepFolder, Runnable onChange) {
        super(new BorderLayout(0, 6));
        this.baseFolder = baseFolder;
        this.keepFolder = keepFolder;
        this.onChange = onChange;
        typing = new Timer(TYPING_DELAY_MS, e -> load());
        typing.setRepeats(false);
        build();
    }

    @Messages({
        "ReferenceImage.pathName=Reference image file",
        "ReferenceImage.pathDescription=The picture the video starts from: a file path, or Browse, Paste or drop one",
        "ReferenceImage.previewName=Reference image preview",
        "ReferenceImage.previewDescription=Paste an image here with Ctrl+V; drag on the picture to choose what stays in view"
    })
    private void nameForAssistiveTechnology() {
        path.getAccessibleContext().setAccessibleName(Bundle.ReferenceImage_pathName());
        path.getAccessibleContext().setAccessibleDescription(Bundle.ReferenceImage_pathDescription());
        preview.getAccessibleContext().setAccessibleName(Bundle.ReferenceImage_previewName());
        preview.getAccessibleContext().setAccessibleDescription(Bundle.ReferenceImage_previewDescription());
    }

    private void build() {
        nameForAssistiveTechnology();
        path.setName("reference");
        fitChooser.setName("fit");
        fillChooser.setName("letterboxFill");
        dimensions.setName("referenceDimensions");
        fitChooser.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean selected, boolean focused) {
                return super.getListCellRendererComponent(list, value instanceof ImageFit f ? f.label() : value, index,
                        selected, focused);
            }
        });
        JButton browse = button("browseReference", Bundle.ReferenceImage_browse(), this::choose);
        JButton paste = button("pasteReference", Bundle.ReferenceImage_paste(), this::pasteFromClipboard);
        paste.setToolTipText(Bundle.ReferenceImage_pasteTip());
        JButton remove = button("removeReference", Bundle.ReferenceImage_remove(), () -> path.setText(""));

        JPanel pathRow = new JPanel(new BorderLayout(6, 0));
        pathRow.add(path, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        buttons.add(browse);
        buttons.add(paste);
        buttons.add(remove);
        pathRow.add(buttons, BorderLayout.EAST);

        JPanel fitRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JLabel fitLabel = new JLabel(Bundle.ReferenceImage_fit());
        fitLabel.setLabelFor(fitChooser);
        fitRow.add(fitLabel);
        fitRow.add(fitChooser);
        fitRow.add(fillChooser);
        fitRow.add(dimensions);

        JPanel previewBox = new JPanel(new BorderLayout());
        previewBox.add(preview, BorderLayout.WEST);
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.add(pathRow, BorderLayout.NORTH);
        top.add(fitRow, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(previewBox, BorderLayout.CENTER);

        TransferHandler images = new ImageTransferHandler();
        preview.setTransferHandler(images);
        setTransferHandler(images);
        preview.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_V, InputEvent.CTRL_DOWN_MASK),
                "pasteReference");
        preview.getActionMap().put("pasteReference", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                pasteFromClipboard();
            }
        });
        preview.setOnFocusMoved(moved -> {
            fit = moved;
            onChange.run();
        });
        path.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                pathEdited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                pathEdited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                pathEdited();
            }
        });
        fitChooser.addActionListener(e -> fitChosen());
        fillChooser.addActionListener(e -> fitChosen());
        showFit();
        preview.showText(Bundle.ReferenceImage_none());
    }

    private void pathEdited() {
        if (reference() == null) {
            load(); // nothing to read: cleared at once
            return;
        }
        pending = true;
        typing.restart();
        onChange.run();
    }

    private static JButton button(String name, String text, Runnable action) {
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, text);
        button.setName(name);
        button.addActionListener(e -> action.run());
        return button;
    }

    /** The path as entered, or {@code null}. */
    String reference() {
        String text = path.getText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The fit's text for {@link org.sorastudio.core.model.Shot#REFERENCE_FIT}, or {@code null} without an image. */
    String fitText() {
        return reference() == null ? null : fit.toString();
    }

    /** Shows {@code reference} fitted as {@code fitText} says (an unreadable fit falls back to the default). */
    void setReference(String reference, String fitText) {
        try {
            fit = FitSpec.parse(fitText);
        } catch (IllegalArgumentException e) {
            fit = FitSpec.DEFAULT;
        }
        showFit();
        path.setText(reference == null ? "" : reference);
        load();
    }

    /** The shot's size changed: fit again at once (from the picture already read). */
    void setShotSize(String size) {
        if (!size.equals(shotSize)) {
            shotSize = size;
            refit();
        }
    }

    /** What is wrong with the image, or worth a warning, as far as the background reading found out. */
    List<ShotProblem> problems() {
        List<ShotProblem> problems = new ArrayList<>();
        if (reference() == null) {
            return problems;
        }
        if (pending) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, Bundle.ReferenceImage_reading()));
        } else if (readProblem != null) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, readProblem));
        } else if (loadedInfo != null) {
            dimensionsOfShot().ifPresent(wh -> ReferenceImages.warnings(loadedFile, loadedInfo, wh[0], wh[1], fit)
                    .forEach(w -> problems.add(ShotProblem.warning(ShotProblem.FIELD_REFERENCE, w))));
        }
        return problems;
    }

    /** The field the editor outlines when the reference has a problem. */
    JComponent field() {
        return path;
    }

    ReferencePreview preview() {
        return preview;
    }

    private void fitChosen() {
        if (settingFit) {
            return;
        }
        ImageFit mode = (ImageFit) fitChooser.getSelectedItem();
        fit = fit.withMode(mode).withFill(fillChooser.getSelectedIndex() == 1, 0);
        fillChooser.setVisible(mode == ImageFit.LETTERBOX);
        refit();
    }

    private void showFit() {
        settingFit = true;
        try {
            fitChooser.setSelectedItem(fit.mode());
            fillChooser.setSelectedIndex(fit.blurred() ? 1 : 0);
            fillChooser.setVisible(fit.mode() == ImageFit.LETTERBOX);
        } finally {
            settingFit = false;
        }
    }

    /** Reads the file named in the field in the background: header, problems and a preview-sized picture. */
    private void load() {
        typing.stop();
        int mine = ++generation;
        loadedFile = null;
        loadedInfo = null;
        loadedImage = null;
        readProblem = null;
        String text = reference();
        pending = text != null;
        if (text == null) {
            preview.showText(Bundle.ReferenceImage_none());
            dimensions.setText(" ");
            onChange.run();
            return;
        }
        Path file;
        try {
            Path entered = Path.of(text);
            file = entered.isAbsolute() ? entered : baseFolder.get().map(f -> f.resolve(entered)).orElse(entered.toAbsolutePath());
        } catch (InvalidPathException e) {
            pending = false;
            readProblem = "\"" + text + "\" is not a valid file path: " + e.getReason() + ".";
            preview.showText(readProblem);
            onChange.run();
            return;
        }
        preview.showText(Bundle.ReferenceImage_reading());
        onChange.run();
        READER.post(() -> {
            try {
                ImageInfo info = ReferenceImages.probe(file);
                BufferedImage image = ReferenceImages.read(file, info, PREVIEW_WIDTH, PREVIEW_HEIGHT);
                SwingUtilities.invokeLater(() -> loaded(mine, file, info, image, null));
            } catch (ImageProblemException e) {
                SwingUtilities.invokeLater(() -> loaded(mine, file, null, null, e.getMessage()));
            }
        });
    }

    private void loaded(int mine, Path file, ImageInfo info, BufferedImage image, String problem) {
        if (mine != generation) {
            return;
        }
        pending = false;
        loadedFile = file;
        loadedInfo = info;
        loadedImage = image;
        readProblem = problem;
        if (problem != null) {
            preview.showText(wrap(problem));
            dimensions.setText(" ");
        }
        refit();
        onChange.run();
    }

    /** Fits the picture already read to the shot's proportions in the background and shows it. */
    private void refit() {
        BufferedImage image = loadedImage;
        Optional<int[]> shot = dimensionsOfShot();
        if (image == null || shot.isEmpty()) {
            onChange.run();
            return;
        }
        int[] wh = shot.get();
        FitSpec chosen = fit;
        double scale = Math.min(1, Math.min(PREVIEW_WIDTH / (double) wh[0], PREVIEW_HEIGHT / (double) wh[1]));
        int previewW = Math.max(1, (int) Math.round(wh[0] * scale));
        int previewH = Math.max(1, (int) Math.round(wh[1] * scale));
        dimensions.setText(Bundle.ReferenceImage_dimensions(loadedInfo.describe(), wh[0], wh[1], chosen.mode().label()));
        preview.setToolTipText(chosen.mode() == ImageFit.CROP ? Bundle.ReferenceImage_cropHint() : null);
        int mine = generation;
        READER.post(() -> {
            BufferedImage fitted = chosen.mode() == ImageFit.CROP ? null : ReferenceImages.fit(image, previewW, previewH, chosen);
            SwingUtilities.invokeLater(() -> {
                if (mine == generation && image == loadedImage) {
                    preview.show(image, fitted, wh[0], wh[1], chosen);
                }
            });
        });
        onChange.run();
    }

    private Optional<int[]> dimensionsOfShot() {
        try {
            return Optional.of(ReferenceImages.parseSize(shotSize));
        } catch (ImageProblemException e) {
            return Optional.empty();
        }
    }

    private void choose() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(Bundle.ReferenceImage_images(), "png", "jpg", "jpeg", "webp",
                "bmp", "tif", "tiff", "gif"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            path.setText(chooser.getSelectedFile().getAbsolutePath());
            load();
        }
    }

    private void pasteFromClipboard() {
        Transferable contents = getToolkit().getSystemClipboard().getContents(null);
        if (contents == null || !getTransferHandler().importData(new TransferHandler.TransferSupport(preview, contents))) {
            preview.showText(Bundle.ReferenceImage_nothingToPaste());
        }
    }

    /** Takes files, pictures (a paste, a browser's image) and links (a browser's drag) in that order of preference. */
    private final class ImageTransferHandler extends TransferHandler {

        private static final DataFlavor URI_LIST = uriListFlavor();

        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) || support.isDataFlavorSupported(DataFlavor.imageFlavor)
                    || (URI_LIST != null && support.isDataFlavorSupported(URI_LIST))
                    || support.isDataFlavorSupported(DataFlavor.stringFlavor);
        }

        @Override
        public boolean importData(TransferSupport support) {
            try {
                Transferable t = support.getTransferable();
                if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                    List<?> files = (List<?>) t.getTransferData(DataFlavor.javaFileListFlavor);
                    if (!files.isEmpty()) {
                        path.setText(((File) files.get(0)).getAbsolutePath());
                        load();
                        return true;
                    }
                }
                if (support.isDataFlavorSupported(DataFlavor.imageFlavor)) {
                    keepPicture((Image) t.getTransferData(DataFlavor.imageFlavor));
                    return true;
                }
                String links = URI_LIST != null && support.isDataFlavorSupported(URI_LIST)
                        ? (String) t.getTransferData(URI_LIST) : (String) t.getTransferData(DataFlavor.stringFlavor);
                Optional<URI> link = firstLink(links);
                link.ifPresent(ReferenceImagePanel.this::fetch);
                return link.isPresent();
            } catch (UnsupportedFlavorException | IOException | ClassCastException e) {
                return false;
            }
        }
    }

    /** A picture with no file (a paste, a browser's image) is kept as a PNG, written in the background. */
    private void keepPicture(Image picture) {
        int mine = ++generation;
        preview.showText(Bundle.ReferenceImage_reading());
        BufferedImage copy = new BufferedImage(Math.max(1, picture.getWidth(null)), Math.max(1, picture.getHeight(null)),
                BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = copy.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        Path folder = keepFolder.get();
        READER.post(() -> {
            try {
                Path kept = ReferenceImages.keep(copy, folder);
                SwingUtilities.invokeLater(() -> {
                    if (mine == generation) {
                        path.setText(kept.toString());
                        load();
                    }
                });
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> preview.showText("The pasted image cannot be kept in " + folder + ": "
                        + e.getMessage()));
            }
        });
    }

    /** A link dragged from a browser: a file link is used as it is, anything else fetched in the background. */
    private void fetch(URI link) {
        int mine = ++generation;
        preview.showText(Bundle.ReferenceImage_fetching());
        Path folder = keepFolder.get();
        READER.post(() -> {
            try {
                Path file = ImageDownloads.fetch(link, folder);
                SwingUtilities.invokeLater(() -> {
                    if (mine == generation) {
                        path.setText(file.toString());
                        load();
                    }
                });
            } catch (ImageProblemException e) {
                SwingUtilities.invokeLater(() -> {
                    if (mine == generation) {
                        preview.showText(wrap(e.getMessage()));
                    }
                });
            }
        });
    }

    private static Optional<URI> firstLink(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String line : text.split("\\R")) {
            String candidate = line.strip();
            if (candidate.isEmpty() || candidate.startsWith("#")) {
                continue;
            }
            try {
                URI uri = new URI(candidate);
                if (uri.getScheme() != null) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // not a link: try the next line
            }
        }
        return Optional.empty();
    }

    private static DataFlavor uriListFlavor() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Long messages in the preview are broken into lines of about 60 characters. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ")) {
            if (column + word.length() > 60 && column > 0) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
