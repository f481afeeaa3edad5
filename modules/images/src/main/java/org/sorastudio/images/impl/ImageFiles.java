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
package org.sorastudio.images.impl;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.sorastudio.images.ImageInfo;
import org.sorastudio.images.ImageProblemException;

/**
 * Reads image files safely: the header first (format, dimensions, frames, pixel budget) without decoding, then the
 * pixels subsampled while decoding, so a 100-megapixel photo never needs 400 MB and a decompression bomb is refused
 * before a single row is decoded. At most two images are decoded at once in the whole process.
 */
public final class ImageFiles {

    /** Sources larger than this are refused from their header: 100 megapixels, e.g. 12,000 x 8,000. */
    public static final long MAX_SOURCE_PIXELS = 100_000_000L;
    /** A decoded image never has more pixels than this (96 MB as RGB): the subsampling grows until it fits. */
    static final long MAX_DECODED_PIXELS = 24_000_000L;
    private static final Semaphore DECODING = new Semaphore(2);
    private static final String READABLE = "JPEG, PNG, WebP, BMP, TIFF or GIF";

    static {
        ImageIoPlugins.ensureRegistered();
    }

    private ImageFiles() {
    }

    /** The header of {@code file}, checked: exists, readable, an image, one frame, within the pixel budget. */
    public static ImageInfo probe(Path file) throws ImageProblemException {
        long length = checkFile(file);
        byte[] head = head(file);
        if (isHeifFamily(head)) {
            throw new ImageProblemException("The reference image " + file + " is a HEIC or AVIF image, which Sora Studio "
                    + "cannot read (there is no maintained pure-Java reader for them); export it as JPEG or PNG first.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, file);
            try {
                reader.setInput(in, false, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                String format = formatName(reader);
                if (width <= 0 || height <= 0) {
                    throw damaged(file, "its header gives a size of " + width + " x " + height);
                }
                if (isAnimated(reader, format, file)) {
                    throw new ImageProblemException("The reference image " + file + " is animated; a reference is one "
                            + "still picture: save the frame you want as PNG or JPEG and use that.");
                }
                long pixels = (long) width * height;
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new ImageProblemException(String.format(Locale.ROOT, "The reference image %s is %,d x %,d pixels "
                            + "(%d megapixels); Sora Studio reads images of up to %d megapixels, so it was not opened. "
                            + "Scale it down first.", file, width, height, pixels / 1_000_000, MAX_SOURCE_PIXELS / 1_000_000));
                }
                if ("BMP".equals(format)) {
                    checkBmpLength(head, length, file);
                }
                int orientation = "JPEG".equals(format) ? ExifOrientation.of(file) : ExifOrientation.AS_STORED;
                return new ImageInfo(format, width, height, orientation, length);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "its header cannot be read (" + reason(e) + ")");
        }
    }

    /**
     * Decodes {@code file} (already {@link #probe probed}), taking every {@code subsampling}-th pixel of every
     * {@code subsampling}-th row; more when the result would still exceed the decoded-pixel budget.
     */
    public static BufferedImage decode(Path file, ImageInfo info, int subsampling) throws ImageProblemException {
        int step = Math.max(1, subsampling);
        while ((long) ceilDiv(info.width(), step) * ceilDiv(info.height(), step) > MAX_DECODED_PIXELS) {
            step++;
        }
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageProblemException("Reading the reference image " + file + " was interrupted.", e);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, file);
            AtomicReference<String> truncation = new AtomicReference<>();
            reader.addIIOReadWarningListener(truncationListener(truncation));
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (truncation.get() != null) {
                    throw damaged(file, "it is truncated: " + truncation.get());
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "its pixels cannot be decoded (" + reason(e) + ")");
        } finally {
            DECODING.release();
        }
    }

    private static IIOReadWarningListener truncationListener(AtomicReference<String> truncation) {
        return (source, warning) -> {
            String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            // benign warnings (extraneous bytes, unknown markers) do not spoil a photo; a missing end does
            if (text.contains("premature end") || text.contains("truncat") || text.contains("end of file")) {
                truncation.compareAndSet(null, warning);
            }
        };
    }

    private static long checkFile(Path file) throws ImageProblemException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImageProblemException("The reference image " + file + " does not exist.");
        } catch (AccessDeniedException e) {
            throw new ImageProblemException("The reference image " + file + " cannot be read: permission denied.");
        } catch (IOException | SecurityException e) {
            throw new ImageProblemException("The reference image " + file + " cannot be read: " + reason(e) + ".");
        }
        if (attributes.isDirectory()) {
            throw new ImageProblemException("The reference image " + file + " is a folder, not an image file.");
        }
        if (attributes.size() == 0) {
            throw new ImageProblemException("The reference image " + file + " is empty (0 bytes), not an image.");
        }
        if (!Files.isReadable(file)) {
            throw new ImageProblemException("The reference image " + file + " cannot be read: permission denied.");
        }
        return attributes.size();
    }

    private static byte[] head(Path file) throws ImageProblemException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(32);
        } catch (IOException e) {
            throw new ImageProblemException("The reference image " + file + " cannot be read: " + reason(e) + ".");
        }
    }

    /**
     * The JDK's BMP reader fills a truncated file's missing rows with black without a word: the length the header
     * declares tells. (0 is allowed there, and then nothing can be told.)
     */
    private static void checkBmpLength(byte[] head, long length, Path file) throws ImageProblemException {
        if (head.length >= 6) {
            long declared = java.nio.ByteBuffer.wrap(head, 2, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            if (declared > length) {
                throw damaged(file, "it is truncated: its header says " + declared + " bytes, the file has " + length);
            }
        }
    }

    /** ISO base media files ({@code ftyp} box) whose brand is an HEIF/AVIF still image. */
    static boolean isHeifFamily(byte[] head) {
        if (head.length < 12 || !new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return false;
        }
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return switch (brand) {
            case "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif", "avis" -> true;
            default -> false;
        };
    }

    private static ImageReader readerFor(ImageInputStream in, Path file) throws ImageProblemException {
        if (in == null) {
            throw new ImageProblemException("The reference image " + file + " cannot be opened.");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageProblemException("The reference image " + file + " is not an image Sora Studio can read ("
                    + READABLE + ").");
        }
        return readers.next();
    }

    private static String formatName(ImageReader reader) throws IOException {
        String name = reader.getFormatName().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "JPG", "JPEG" -> "JPEG";
            case "WEBP" -> "WebP";
            case "TIF", "TIFF" -> "TIFF";
            default -> name;
        };
    }

    /** Whether the image has a second frame; the first frame's pixels are skipped, not decoded. */
    private static boolean isAnimated(ImageReader reader, String format, Path file) throws IOException {
        switch (format) {
            case "GIF":
                try {
                    reader.getWidth(1);
                    return true;
                } catch (IndexOutOfBoundsException e) {
                    return false;
                } catch (IOException e) {
                    return false; // a damaged tail: decoding the first frame tells whether it can be used
                }
            case "WebP":
                return reader.getNumImages(true) > 1;
            case "PNG":
                return hasAnimationChunk(file);
            default:
                return false;
        }
    }

    /** An APNG announces itself with an {@code acTL} chunk before the first {@code IDAT}. */
    private static boolean hasAnimationChunk(Path png) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(png)))) {
            in.skipNBytes(8);
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                byte[] type = in.readNBytes(4);
                String name = new String(type, StandardCharsets.ISO_8859_1);
                if (name.equals("acTL")) {
                    return true;
                }
                if (name.equals("IDAT") || name.equals("IEND") || type.length < 4) {
                    return false;
                }
                in.skipNBytes(length + 4);
            }
        }
    }

    private static ImageProblemException damaged(Path file, String why) {
        return new ImageProblemException("The reference image " + file + " is damaged or truncated: " + why + ".");
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
