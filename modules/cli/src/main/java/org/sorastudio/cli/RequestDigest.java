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
package org.sorastudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything that defines a request (fields, file contents), naming its journal: the
 * same command finds the same journal and resumes, a changed request starts a new one.
 */
final class RequestDigest {

    private static final int NAME_CHARS = 16;
    private final MessageDigest sha;

    RequestDigest(String kind) {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        add(kind);
    }

    RequestDigest add(Object field) {
        sha.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    RequestDigest addFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
        sha.update((byte) 0);
        return this;
    }

    /** The journal for this request in {@code folder}: {@code sorastudio-KIND-HASH.queue.json}. */
    Path journalIn(Path folder, String kind) {
        String hash = HexFormat.of().formatHex(sha.digest()).substring(0, NAME_CHARS);
        return folder.resolve("sorastudio-" + kind + "-" + hash + ".queue.json");
    }
}
