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

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.simulator.videos.JobLog;

/**
 * The folder a simulator keeps its state in across restarts: {@code jobs.jsonl} (the {@link JobJournal}),
 * {@code clips/} (rendered clips, kept so they are not rendered again), {@code server.json} (the port
 * of the last run) and {@code simulator.lock}, held while a simulator uses the folder so that two never
 * write the same journal.
 */
public final class StateDirectory implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StateDirectory.class.getName());
    private static final String PORT = "port";

    private final Path folder;
    private final FileChannel lockChannel;
    private final JobJournal journal;
    private final JsonDataFile serverFile;

    private StateDirectory(Path folder, FileChannel lockChannel, JobJournal journal) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.journal = journal;
        this.serverFile = new JsonDataFile(folder.resolve("server.json"));
    }

    /**
     * Creates the folder if needed, locks it and reads its journal.
     *
     * @throws IOException naming the folder and the problem, also when another simulator uses it
     */
    public static StateDirectory open(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            FileChannel lockChannel = FileChannel.open(folder.resolve("simulator.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                if (tryLock(lockChannel) == null) {
                    throw new IOException("another simulator is using it");
                }
                return new StateDirectory(folder, lockChannel, JobJournal.open(folder.resolve("jobs.jsonl")));
            } catch (IOException | RuntimeException e) {
                lockChannel.close();
                throw e;
            }
        } catch (AccessDeniedException e) {
            throw new IOException("no permission to write " + e.getFile(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The jobs of earlier runs, and where new ones are recorded. */
    public JobLog jobLog() {
        return journal;
    }

    /** Where rendered clips are cached. */
    public Path clipsFolder() {
        return folder.resolve("clips");
    }

    /** Where the characters created so far are kept. */
    public Path charactersFile() {
        return folder.resolve("characters.json");
    }

    /** The port the last run served on, if it was recorded. */
    public OptionalInt lastPort() {
        if (!serverFile.exists()) {
            return OptionalInt.empty();
        }
        try {
            JsonObject server = serverFile.read();
            if (server.has(PORT) && server.get(PORT).isJsonPrimitive() && server.getAsJsonPrimitive(PORT).isNumber()) {
                int port = server.get(PORT).getAsInt();
                if (port > 0 && port <= 65535) {
                    return OptionalInt.of(port);
                }
            }
            LOG.log(Level.INFO, "{0} names no valid port; using a free one", serverFile.path());
        } catch (DataFileException e) {
            LOG.log(Level.INFO, "{0}; using a free port", e.getMessage());
        }
        return OptionalInt.empty();
    }

    /** Records the port this run serves on, for the next run to prefer. */
    public void rememberPort(int port) throws IOException {
        if (lastPort().equals(OptionalInt.of(port))) {
            return;
        }
        JsonObject server = new JsonObject();
        server.addProperty(PORT, port);
        serverFile.write(server);
    }

    /** Closes the journal and releases the folder. */
    @Override
    public void close() {
        try (lockChannel) {
            journal.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the simulator state in " + folder, e);
        }
    }

    /** Null when another process holds the lock, or another server in this JVM. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }
}
