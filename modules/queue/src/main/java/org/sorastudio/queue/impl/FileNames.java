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
package org.sorastudio.queue.impl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for downloaded clips that are valid on Windows, macOS and Linux alike: no reserved
 * device names, no characters any of them refuses, no trailing dots or spaces, no path separators
 * (so no traversal), and short enough for every file system once a suffix is added.
 */
public final class FileNames {

    /** Longest base name in UTF-8 bytes; leaves room for "-NN" and ".thumbnail.webp" within 255. */
    static final int MAX_BASE_BYTES = 180;
    static final int MAX_SLUG_CHARS = 48;
    static final String FALLBACK = "clip";
    /** Every suffix a job writes beside its base name; a collision on any of them is a collision. */
    static final Set<String> SUFFIXES = Set.of(".mp4", ".thumbnail.webp", ".json");

    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|CONOUT\\$)");
    private static final Pattern ILLEGAL = Pattern.compile("[<>:\"/\\\\|?*\\x00-\\x1F\\x7F]");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private FileNames() {
    }

    /** {@code 20261125-210512_a-lighthouse-at-dawn_video_123}: time, prompt slug and video id. */
    public static String clipBase(Instant createdAt, String prompt, String videoId) {
        return sanitize(STAMP.format(createdAt) + "_" + slug(prompt) + "_" + videoId);
    }

    /** Lower-case ASCII words of {@code text} joined by '-', at most {@value #MAX_SLUG_CHARS} characters. */
    public static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trim(slug, '-');
        if (slug.length() > MAX_SLUG_CHARS) {
            slug = trim(slug.substring(0, MAX_SLUG_CHARS), '-');
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** Makes {@code name} a safe single file name component (without extension). */
    public static String sanitize(String name) {
        String clean = ILLEGAL.matcher(name == null ? "" : name).replaceAll("_").strip();
        clean = clean.replaceAll("^[.\\s]+", "");
        clean = truncateUtf8(clean, MAX_BASE_BYTES);
        clean = clean.replaceAll("[.\\s]+$", "");
        if (clean.isEmpty()) {
            return FALLBACK;
        }
        int dot = clean.indexOf('.');
        String stem = dot < 0 ? clean : clean.substring(0, dot);
        if (WINDOWS_RESERVED.matcher(stem.strip()).matches()) {
            clean = "_" + clean;
        }
        return clean;
    }

    /**
     * {@code base}, or {@code base-2}, {@code base-3}, ... so that no file the job writes exists in
     * {@code folder} yet and no other job has claimed the name. Case-insensitive, for macOS and Windows.
     */
    public static String unique(Path folder, String base, Set<String> claimedLowerCase) {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (!claimedLowerCase.contains(candidate.toLowerCase(Locale.ROOT)) && isFree(folder, candidate)) {
                return candidate;
            }
        }
    }

    /** The file {@code base + suffix} inside {@code folder}, refusing anything that would leave it. */
    public static Path inside(Path folder, String base, String suffix) {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(base + suffix).normalize();
        if (!dir.equals(file.getParent())) {
            throw new IllegalArgumentException("File name '" + base + suffix + "' would leave the folder " + dir);
        }
        return file;
    }

    private static boolean isFree(Path folder, String candidate) {
        return SUFFIXES.stream().noneMatch(suffix -> Files.exists(inside(folder, candidate, suffix)));
    }

    private static String truncateUtf8(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static String trim(String text, char c) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == c) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == c) {
            end--;
        }
        return text.substring(start, end);
    }
}
