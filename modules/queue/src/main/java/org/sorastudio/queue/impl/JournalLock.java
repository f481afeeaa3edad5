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

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;

/**
 * Keeps a second process (another studio, the CLI) from working the same queue at the same time,
 * which would submit its jobs twice: an exclusive OS lock on {@code JOURNAL.lock}, held while the
 * queue runs. The OS drops it when the process dies, so a killed queue never stays locked.
 */
final class JournalLock {

    private static final Logger LOG = Logger.getLogger(JournalLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws DataFileException naming the journal when another process (or queue) holds it */
    static JournalLock acquire(Path journal) throws DataFileException {
        Path file = journal.resolveSibling(journal.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(FilePaths.folder(file));
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(journal, channel, null);
            }
            return new JournalLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw inUse(journal, channel, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFileException(journal, "the queue's lock file " + file.getFileName() + " cannot be created: "
                    + e.getMessage(), e);
        }
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot release the queue lock", e);
        }
        closeQuietly(channel);
    }

    private static DataFileException inUse(Path journal, FileChannel channel, Exception cause) {
        closeQuietly(channel);
        return new DataFileException(journal, "the queue is in use by another Sora Studio window or CLI run; "
                + "close that one first", cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot close the queue lock file", e);
        }
    }
}
