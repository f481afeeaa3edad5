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
package org.sorastudio.simulator.state;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.simulator.videos.JobLog;
import org.sorastudio.simulator.videos.JobRecord;

/**
 * The simulator's jobs as an append-only file of JSON lines, one {@link JobRecord} per line, each
 * written and fsynced before the client hears of it.
 *
 * <p>Why a journal rather than rewriting one JSON file with core's {@code AtomicFile} after every
 * create: a rewrite costs the whole job list plus a backup copy and three fsyncs per create, growing
 * with every job, while an append costs one short write and one fsync. What a journal must handle in
 * exchange is a crash in the middle of an append: the last line may then be cut off (or, after a power
 * loss, filled with zeros). Such a tail was never acknowledged to any client, so opening the journal
 * drops it quietly and cuts it off the file before anything new is appended.
 */
final class JobJournal implements JobLog, Closeable {

    private static final Logger LOG = Logger.getLogger(JobJournal.class.getName());

    private final Path file;
    private final List<JobRecord> history;
    private final FileChannel channel;

    private JobJournal(Path file, List<JobRecord> history, FileChannel channel) {
        this.file = file;
        this.history = List.copyOf(history);
        this.channel = channel;
    }

    /** Reads the journal at {@code file} (a missing one is empty) and opens it for appending. */
    static JobJournal open(Path file) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            List<JobRecord> history = new ArrayList<>();
            long intactLength = read(file, Files.readAllBytes(file), history);
            if (intactLength < channel.size()) {
                long dropped = channel.size() - intactLength;
                channel.truncate(intactLength);
                channel.force(true);
                LOG.log(Level.INFO, "{0}: dropped an unfinished last record ({1} bytes); the simulator stopped "
                        + "while writing it, before it answered that request", new Object[]{file, dropped});
            }
            if (created) {
                syncFolder(FilePaths.folder(file));
            }
            channel.position(intactLength);
            return new JobJournal(file, history, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public List<JobRecord> history() {
        return history;
    }

    /** Callers serialise appends (the store holds its lock), so records land whole and in order. */
    @Override
    public void append(JobRecord record) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((JobRecordJson.encode(record) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
            // The data and the file's new length, which is all a reader needs.
            channel.force(false);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Makes the new file's folder entry durable; best effort, as in core's {@code AtomicFile}. */
    private static void syncFolder(Path folder) {
        try (FileChannel folderChannel = FileChannel.open(folder, StandardOpenOption.READ)) {
            folderChannel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a folder (Windows cannot); then the OS is trusted
        }
    }

    /**
     * Decodes every complete line into {@code history} and returns the length of the intact part: up to the
     * end of the last line that decodes. A line that does not decode but is followed by good ones was not
     * torn by a crash; it is skipped with a warning naming it.
     */
    private static long read(Path file, byte[] bytes, List<JobRecord> history) {
        long intactLength = 0;
        List<String> badLines = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNumber++;
            String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
            lineStart = i + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                history.add(JobRecordJson.decode(line));
                badLines.forEach(bad -> LOG.log(Level.WARNING, "{0}: skipped {1}", new Object[]{file, bad}));
                badLines.clear();
                intactLength = lineStart;
            } catch (IllegalArgumentException e) {
                badLines.add("line " + lineNumber + ", which is not a job record (" + e.getMessage() + ")");
            }
        }
        return intactLength;
    }
}
