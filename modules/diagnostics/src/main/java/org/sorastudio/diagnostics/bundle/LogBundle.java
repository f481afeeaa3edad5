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
package org.sorastudio.diagnostics.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.openai.SecretRedactor;

/**
 * A zip a user attaches to a bug report: logs, settings and facts about the machine, every text in
 * it redacted twice: the secrets the studio knows (every profile's key and header values) wherever
 * they appear, and anything shaped like a key ({@code sk-...}, a bearer token) that an older log
 * may hold from a key since deleted. Written atomically: the zip is whole or not there.
 */
public final class LogBundle {

    /** Largest part of a file included: logs grow at the end, so a bigger file keeps its last part. */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private static final Pattern KEY_SHAPED = Pattern.compile("sk-[A-Za-z0-9_\\-]{8,}|(?i:bearer)\\s+[A-Za-z0-9._~+/\\-]{8,}=*");

    private final SecretRedactor redactor;

    /** @param secrets every secret value the studio holds (API keys, header values) */
    public LogBundle(Collection<String> secrets) {
        this.redactor = new SecretRedactor(List.of(), secrets);
    }

    /**
     * One part of the bundle: a text under {@code name}, or a file's text (its last
     * {@value #MAX_FILE_BYTES} bytes); a file that is not there is left out.
     */
    public record Part(String name, Path file, String text) {

        public static Part ofText(String name, String text) {
            return new Part(name, null, text);
        }

        public static Part ofFile(String name, Path file) {
            return new Part(name, file, null);
        }
    }

    /** Writes the parts, redacted, into {@code zip}. */
    public void write(Path zip, List<Part> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Part part : parts) {
                String text = part.text() != null ? part.text() : readEnd(part.file());
                if (text == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(part.name()));
                out.write(redact(text).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        new AtomicFile(zip).write(bytes.toByteArray());
    }

    /** The text with every known secret and everything shaped like a key masked. */
    public String redact(String text) {
        return KEY_SHAPED.matcher(redactor.scrub(text)).replaceAll(SecretRedactor.MASK);
    }

    /** The file's text, its end when it is large; {@code null} when it is not a readable file. */
    private static String readEnd(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.max(0, size - MAX_FILE_BYTES));
            return new String(in.readNBytes(MAX_FILE_BYTES), StandardCharsets.UTF_8);
        }
    }
}
