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
package org.sorastudio.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.core.model.Shot;
import org.sorastudio.images.impl.Encoding;
import org.sorastudio.images.impl.ImageFiles;
import org.sorastudio.images.impl.Pixels;

/**
 * The one headless controller for reference images, called by the Shot editor, the CSV batch (wizard and CLI) and
 * the CLI's {@code shot}: check a file from its header, read it safely, fit it to a shot's size and write the upload.
 * <p>
 * The API refuses a reference whose size differs from the shot's, so what is sent is always a prepared file of exactly
 * the shot's size, kept where the queue keeps its files and named after what made it (source bytes, size, fit): a
 * resumed job uploads the same bytes, and preparing the same thing twice writes nothing new.
 */
public final class ReferenceImages {

    /** The largest upload written; the API documents no limit, this keeps uploads quick and well inside servers' bodies. */
    public static final long UPLOAD_LIMIT_BYTES = 20L * 1024 * 1024;
    /** Sources larger than this get a warning: they are read, but slowly. */
    public static final long LARGE_SOURCE_BYTES = 50L * 1024 * 1024;
    /** Enlarging the used part of a source more than this makes a soft reference: the user is warned. */
    public static final double UPSCALE_WARNING = 1.5;
    /** Changes whenever preparing the same inputs would give other bytes, so old prepared files are not reused. */
    private static final String PREPARATION_VERSION = "1";
    /** A decoded picture has at most this many times the pixels of what it must cover (see {@link #read}). */
    private static final double DECODED_PER_TARGET_PIXEL = 16;
    private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{0,4})x([1-9][0-9]{0,4})");

    private ReferenceImages() {
    }

    /** A shot's size, {@code WIDTHxHEIGHT}, as {@code {width, height}}. */
    public static int[] parseSize(String size) throws ImageProblemException {
        Matcher m = size == null ? null : SIZE.matcher(size.strip());
        if (m == null || !m.matches()) {
            throw new ImageProblemException("The shot's size \"" + size + "\" is not WIDTHxHEIGHT, so the reference image "
                    + "cannot be fitted to it.");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /**
     * Reads only the header: format, dimensions, orientation. Refuses what is not a readable still image within
     * {@link ImageFiles#MAX_SOURCE_PIXELS} pixels, naming the file and the reason.
     */
    public static ImageInfo probe(Path file) throws ImageProblemException {
        return ImageFiles.probe(file);
    }

    /**
     * The image upright in 8-bit RGB, decoded with subsampling so it is no larger than needed to cover
     * {@code width x height} (never smaller, unless the source is). Pass the shot's size to prepare, a view's size
     * to preview.
     */
    public static BufferedImage read(Path file, int width, int height) throws ImageProblemException {
        return read(file, probe(file), width, height);
    }

    /** {@link #read(Path, int, int)} for a file already probed. */
    public static BufferedImage read(Path file, ImageInfo info, int width, int height) throws ImageProblemException {
        int storedW = info.quarterTurned() ? height : width;
        int storedH = info.quarterTurned() ? width : height;
        int byAxes = Math.max(1, Math.min(info.width() / Math.max(1, storedW), info.height() / Math.max(1, storedH)));
        // a shape far from the shot's (a 65,000 x 60 strip) would otherwise be decoded nearly whole: never more than
        // DECODED_PER_TARGET_PIXEL times the pixels asked for, at the price of detail only such shapes lose
        int byArea = (int) Math.ceil(Math.sqrt(info.pixels() / (DECODED_PER_TARGET_PIXEL * storedW * (double) storedH)));
        return Pixels.uprightRgb(ImageFiles.decode(file, info, Math.max(byAxes, byArea)), info.orientation());
    }

    /** {@code source} (as {@link #read} returns it) fitted to exactly {@code width x height}. */
    public static BufferedImage fit(BufferedImage source, int width, int height, FitSpec fit) {
        return Pixels.fit(source, width, height, fit);
    }

    /** What a person should know before using {@code info}'s image on a {@code width x height} shot; maybe nothing. */
    public static List<String> warnings(Path file, ImageInfo info, int width, int height, FitSpec fit) {
        List<String> warnings = new ArrayList<>();
        double enlargement = FitGeometry.of(info.shownWidth(), info.shownHeight(), width, height, fit).enlargement();
        if (enlargement > UPSCALE_WARNING) {
            warnings.add(String.format(Locale.ROOT, "The reference image %s is only %d x %d: fitting it to %dx%d "
                    + "enlarges it %.1f times, so the reference will look soft. A larger image gives a sharper one.",
                    file.getFileName(), info.shownWidth(), info.shownHeight(), width, height, enlargement));
        }
        if (info.fileBytes() > LARGE_SOURCE_BYTES) {
            warnings.add(String.format(Locale.ROOT, "The reference image %s is %d MB; it is read at the shot's size and "
                    + "sent as a much smaller file, but reading it takes a while.", file.getFileName(),
                    info.fileBytes() / (1024 * 1024)));
        }
        return warnings;
    }

    /**
     * Prepares {@code source} as the reference of a {@code size} shot: reads it safely, fits it, writes it into
     * {@code folder} as a JPEG of high quality when the source is one, else as PNG (or JPEG when PNG would exceed
     * {@link #UPLOAD_LIMIT_BYTES}). An identical earlier preparation is
     * reused as it is.
     *
     * @throws ImageProblemException when the image cannot be used, with a sentence for a person
     */
    public static PreparedReference prepare(Path source, String size, FitSpec fit, Path folder) throws ImageProblemException {
        int[] wh = parseSize(size);
        ImageInfo info = probe(source);
        List<String> warnings = warnings(source, info, wh[0], wh[1], fit);
        String name = "reference-" + fingerprint(source, size, fit);
        for (String extension : List.of("png", "jpg")) {
            Path earlier = folder.resolve(name + "." + extension);
            if (Files.isRegularFile(earlier)) {
                return new PreparedReference(earlier, info, wh[0], wh[1], fit, warnings);
            }
        }
        BufferedImage fitted = fit(read(source, info, wh[0], wh[1]), wh[0], wh[1], fit);
        boolean photograph = info.format().equals("JPEG");
        Encoding.Encoded encoded = Encoding.within(fitted, UPLOAD_LIMIT_BYTES, photograph);
        if (encoded == null) {
            throw new ImageProblemException("The reference image " + source + " fitted to " + size + " does not fit in "
                    + UPLOAD_LIMIT_BYTES / (1024 * 1024) + " MB even as a JPEG.");
        }
        if (encoded.format().equals("jpg") && !photograph) {
            warnings.add(String.format(Locale.ROOT, "The reference image %s is sent as a JPEG (quality %d %%): as a PNG it "
                    + "would exceed %d MB.", source.getFileName(), Math.round(encoded.quality() * 100),
                    UPLOAD_LIMIT_BYTES / (1024 * 1024)));
        }
        Path target = folder.resolve(name + "." + encoded.format());
        try {
            Files.createDirectories(folder);
            new AtomicFile(target).write(encoded.bytes());
        } catch (IOException e) {
            throw new ImageProblemException("The prepared reference image cannot be written to " + folder + ": "
                    + e.getMessage() + ".", e);
        }
        return new PreparedReference(target, info, wh[0], wh[1], fit, warnings);
    }

    /**
     * {@code shot} with its local reference image replaced by the file {@link #prepare} makes of it in {@code folder},
     * fitted as the shot's {@link Shot#REFERENCE_FIT} says. A shot without a reference, or with a URL, comes back as
     * it is (the server fetches URLs).
     */
    public static Shot withPreparedReference(Shot shot, Path folder) throws ImageProblemException {
        if (!hasLocalReference(shot)) {
            return shot;
        }
        FitSpec fit;
        try {
            fit = FitSpec.parse(shot.referenceFit().orElse(null));
        } catch (IllegalArgumentException e) {
            throw new ImageProblemException(e.getMessage(), e);
        }
        Path source;
        try {
            source = Path.of(shot.referenceImage().strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ImageProblemException("The reference image \"" + shot.referenceImage() + "\" is not a valid path.", e);
        }
        return shot.withReferenceImage(prepare(source, shot.size(), fit, folder).file().toString());
    }

    /** Whether the shot's reference is a file here, not a URL the server fetches itself. */
    public static boolean hasLocalReference(Shot shot) {
        String reference = shot.referenceImage();
        if (reference == null || reference.isBlank()) {
            return false;
        }
        String lower = reference.strip().toLowerCase(Locale.ROOT);
        return !(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("data:"));
    }

    /** Keeps {@code image} (a paste, a picture dragged from a browser) as a PNG in {@code folder}, named by its content. */
    public static Path keep(BufferedImage image, Path folder) throws IOException {
        byte[] png = Encoding.png(image);
        Path target = folder.resolve("pasted-" + HexFormat.of().formatHex(sha256(png), 0, 8) + ".png");
        if (!Files.isRegularFile(target)) {
            Files.createDirectories(folder);
            new AtomicFile(target).write(png);
        }
        return target;
    }

    /** A name made from the source's bytes and how it is prepared: same inputs, same name. */
    private static String fingerprint(Path source, String size, FitSpec fit) throws ImageProblemException {
        MessageDigest digest = sha256();
        digest.update((PREPARATION_VERSION + "|" + size.strip() + "|" + fit + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(source)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ImageProblemException("The reference image " + source + " cannot be read: " + e.getMessage() + ".", e);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 10);
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
