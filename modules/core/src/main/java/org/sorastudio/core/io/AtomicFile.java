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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash at any instant leaves either the old or the new content, never a
 * mix: write a temporary file in the same folder, fsync it, keep the previous version as
 * {@code NAME.bak}, then rename the temporary file over the target and fsync the folder.
 */
public final class AtomicFile {

    static final String TEMP_SUFFIX = ".tmp";
    static final String BACKUP_SUFFIX = ".bak";
    private static final int CHUNK_BYTES = 256 * 1024;

    /** Called after the new content is durable and before it replaces the target. */
    interface RenameHook {
        void beforeRename(Path temp) throws IOException;
    }

    private final Path target;
    private final RenameHook hook;

    public AtomicFile(Path target) {
        this(target, temp -> { });
    }

    /** Test seam: a hook that throws simulates a crash between the temporary write and the rename. */
    AtomicFile(Path target, RenameHook hook) {
        this.target = target.toAbsolutePath();
        this.hook = hook;
    }

    public Path target() {
        return target;
    }

    /** The previous version, kept by every write. */
    public Path backup() {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    public void write(byte[] content) throws IOException {
        write(List.of(content));
    }

    /** {@link #write(byte[])} of the parts one after another, without joining them in memory first. */
    public void write(List<byte[]> parts) throws IOException {
        Path folder = FilePaths.folder(target);
        Path temp = createSibling(target, TEMP_SUFFIX);
        try {
            writeAndSync(temp, parts);
            if (Files.isRegularFile(target)) {
                keepBackup();
            }
            hook.beforeRename(temp);
            move(temp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes what writes of this file left behind when the process was killed mid-write: exactly the hidden
     * {@code .NAME.<digits>.tmp} and {@code .NAME.<digits>.bak.tmp} files this class creates beside it, nothing
     * else. Call it only while no other process can be writing the file (e.g. under the file's lock).
     *
     * @return how many were removed
     */
    public int removeStaleTemporaries() throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(FilePaths.name(target))
                + "\\.-?[0-9]+(" + Pattern.quote(BACKUP_SUFFIX) + ")?" + Pattern.quote(TEMP_SUFFIX));
        int removed = 0;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(FilePaths.folder(target),
                sibling -> ours.matcher(sibling.getFileName().toString()).matches())) {
            for (Path sibling : siblings) {
                if (Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(sibling)) {
                    removed++;
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        }
        return removed;
    }

    /**
     * Keeps the current version as the backup: a second name for the same file where the file system has hard links
     * (nothing is copied, and the rename that follows leaves that file as it is), else a durable copy.
     */
    private void keepBackup() throws IOException {
        Path link = target.resolveSibling("." + target.getFileName() + "." + ThreadLocalRandom.current().nextLong(1L << 62)
                + BACKUP_SUFFIX + TEMP_SUFFIX);
        try {
            Files.createLink(link, target);
            move(link, backup());
            return;
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.deleteIfExists(link);
        }
        Path backupTemp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", BACKUP_SUFFIX + TEMP_SUFFIX);
        try {
            writeAndSync(backupTemp, List.of(Files.readAllBytes(target)));
            move(backupTemp, backup());
        } finally {
            Files.deleteIfExists(backupTemp);
        }
    }

    /**
     * A new hidden file {@code .NAME.*SUFFIX} beside {@code target}, to be renamed over it once
     * complete (by this class, a download, or ffmpeg). Temporary files are created private (0600);
     * this one gets the target's permissions, or the usual rw-r--r-- for a new file, so the file the
     * user ends up with is not private by accident.
     */
    public static Path createSibling(Path target, String suffix) throws IOException {
        Path folder = FilePaths.folder(target.toAbsolutePath());
        Files.createDirectories(folder);
        Path sibling = Files.createTempFile(folder, "." + target.getFileName() + ".", suffix);
        if (Files.getFileStore(sibling).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.isRegularFile(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(sibling, permissions);
        }
        return sibling;
    }

    /**
     * Writes the parts through one buffer of {@value #CHUNK_BYTES} bytes. A gathering write of the parts themselves
     * would have the JDK copy each heap array into a temporary direct buffer of its own, allocated and freed per part
     * once its small per-thread cache is used up: for a journal of thousands of jobs, most of the writer's CPU time.
     */
    private static void writeAndSync(Path file, List<byte[]> parts) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES);
            for (byte[] part : parts) {
                int offset = 0;
                while (offset < part.length) {
                    int length = Math.min(chunk.remaining(), part.length - offset);
                    chunk.put(part, offset, length);
                    offset += length;
                    if (!chunk.hasRemaining()) {
                        drain(channel, chunk);
                    }
                }
            }
            drain(channel, chunk);
            channel.force(true);
        }
    }

    private static void drain(FileChannel channel, ByteBuffer chunk) throws IOException {
        chunk.flip();
        while (chunk.hasRemaining()) {
            channel.write(chunk);
        }
        chunk.clear();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable. Not every platform can open a folder (Windows cannot): then the OS is trusted. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }
}
