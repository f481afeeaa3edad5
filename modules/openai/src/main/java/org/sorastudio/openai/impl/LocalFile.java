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
package org.sorastudio.openai.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import org.sorastudio.core.io.AtomicFile;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The download's side on disk. Its failures (disk full, folder not writable) are thrown as
 * {@link UncheckedIOException} so they are never mistaken for network failures and retried.
 */
final class LocalFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;

    private LocalFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new hidden {@code .NAME.*.part} file beside the target. */
    static Path createPart(Path target) {
        try {
            return AtomicFile.createSibling(target, ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a download file in " + target.getParent() + ": " + e, e);
        }
    }

    /** Opens the part file for writing from {@code position}, dropping anything after it. */
    static LocalFile open(Path part, long position) {
        try {
            FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
            channel.truncate(position);
            channel.position(position);
            return new LocalFile(part, channel);
        } catch (IOException e) {
            throw failure("open", part, e);
        }
    }

    void write(byte[] buffer, int length) {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, length);
        try {
            while (chunk.hasRemaining()) {
                channel.write(chunk);
            }
        } catch (IOException e) {
            throw failure("write", path, e);
        }
    }

    void sync() {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw failure("sync", path, e);
        }
    }

    /** Renames the complete part file over the target, atomically where the file system can. */
    static void moveIntoPlace(Path part, Path target) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the finished download to " + target + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw failure("close", path, e);
        }
    }

    private static UncheckedIOException failure(String what, Path file, IOException e) {
        return new UncheckedIOException("Cannot " + what + " download file " + file + ": " + e, e);
    }
}
