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
package org.sorastudio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesContentAndKeepsThePreviousVersionAsBackup() throws IOException {
        Path target = folder.resolve("project.sorastudio");
        AtomicFile file = new AtomicFile(target);
        file.write(bytes("first"));
        file.write(bytes("second"));

        assertThat(target).hasContent("second");
        assertThat(file.backup()).hasContent("first");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theBackupIsAlwaysThePreviousVersion() throws IOException {
        Path target = folder.resolve("queue.json");
        AtomicFile file = new AtomicFile(target);
        for (String content : new String[]{"one", "two", "three"}) {
            file.write(bytes(content));
        }

        assertThat(target).hasContent("three");
        assertThat(file.backup()).hasContent("two");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void writesManyPartsOneAfterAnother() throws IOException {
        Path target = folder.resolve("parts.json");
        List<byte[]> parts = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            parts.add(bytes(i + ","));
            expected.append(i).append(',');
        }

        new AtomicFile(target).write(parts);

        assertThat(target).hasContent(expected.toString());
    }

    @Test
    void partsLargerThanTheWriteBufferAndEmptyOnesArriveWholeAndInOrder() throws IOException {
        Path target = folder.resolve("large.json");
        byte[] large = new byte[700_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) ('a' + i % 26);
        }
        byte[] oddSized = new byte[262_143];
        Arrays.fill(oddSized, (byte) 'z');
        List<byte[]> parts = List.of(bytes("["), large, new byte[0], oddSized, bytes("]"));

        new AtomicFile(target).write(parts);

        byte[] written = Files.readAllBytes(target);
        assertThat(written).hasSize(1 + large.length + oddSized.length + 1);
        assertThat(Arrays.copyOfRange(written, 1, 1 + large.length)).isEqualTo(large);
        assertThat(Arrays.copyOfRange(written, 1 + large.length, written.length - 1)).isEqualTo(oddSized);
        assertThat(written[0]).isEqualTo((byte) '[');
        assertThat(written[written.length - 1]).isEqualTo((byte) ']');
    }

    @Test
    void crashBetweenTemporaryWriteAndRenameLeavesTheOldContent() throws IOException {
        Path target = folder.resolve("project.sorastudio");
        new AtomicFile(target).write(bytes("good"));
        AtomicFile crashing = new AtomicFile(target, temp -> {
            assertThat(temp).hasContent("half-written replacement");
            throw new IOException("simulated crash");
        });

        assertThatThrownBy(() -> crashing.write(bytes("half-written replacement"))).hasMessage("simulated crash");

        assertThat(target).hasContent("good");
        new AtomicFile(target).write(bytes("after restart"));
        assertThat(target).hasContent("after restart");
    }

    @Test
    void newFilesAreReadableByOthersAndReplacementsKeepTheirPermissions() throws IOException {
        Path target = folder.resolve("shared.sorastudio");
        new AtomicFile(target).write(bytes("one"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        new AtomicFile(target).write(bytes("two"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }

    @Test
    void siblingsForDownloadsAndFfmpegOutputAreHiddenAndNotPrivate() throws IOException {
        Path clip = folder.resolve("clips/take.mp4");
        Path part = AtomicFile.createSibling(clip, ".part");
        assertThat(part.getParent()).isEqualTo(clip.getParent());
        assertThat(part.getFileName().toString()).startsWith(".take.mp4.").endsWith(".part");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(part))).isEqualTo("rw-r--r--");
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path target = folder.resolve("a/b/c.json");
        new AtomicFile(target).write(bytes("{}"));
        assertThat(target).hasContent("{}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
