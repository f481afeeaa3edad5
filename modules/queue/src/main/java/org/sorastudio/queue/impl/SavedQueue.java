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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;

/**
 * What a queue journal holds when a queue is opened: whether the queue was paused (and why) and its jobs, read
 * completely before anything starts, so a broken journal leaves nothing running.
 *
 * @param jobs the jobs in queue order, each with its journal encoding kept
 */
record SavedQueue(boolean paused, String pauseReason, List<JobRecord> jobs) {

    private static final Logger LOG = Logger.getLogger(SavedQueue.class.getName());

    /**
     * Reads the journal (its backup when the journal itself is unreadable; nothing when neither exists), after removing
     * the temporaries of writes a killed process never finished: call it holding the journal's lock.
     *
     * @throws DataFileException naming the job and field when the journal and its backup are unreadable
     */
    static SavedQueue read(JsonDataFile file) throws DataFileException {
        removeStaleTemporaries(file);
        JsonObject saved = file.exists() ? readWithBackup(file) : new JsonObject();
        List<JobRecord> jobs = parseJobs(file.path(), saved);
        try {
            return new SavedQueue(JobCodec.bool(saved, "paused"),
                    Objects.requireNonNullElse(JobCodec.string(saved, "pauseReason"), ""), jobs);
        } catch (IllegalStateException e) {
            throw new DataFileException(file.path(), "the queue journal is broken: " + e.getMessage(), e);
        }
    }

    /** Leftovers of journal writes a killed process never finished; safe while this process holds the journal's lock. */
    private static void removeStaleTemporaries(JsonDataFile file) {
        try {
            int removed = file.removeStaleTemporaries();
            if (removed > 0) {
                LOG.log(Level.INFO, "Removed {0} unfinished temporary file(s) of the queue journal {1}",
                        new Object[]{removed, file.path()});
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove unfinished temporary files of the queue journal {0}: {1}",
                    new Object[]{file.path(), e.getMessage()});
        }
    }

    private static JsonObject readWithBackup(JsonDataFile file) throws DataFileException {
        try {
            return file.read();
        } catch (DataFileException broken) {
            Optional<Path> backup = broken.backup();
            if (backup.isEmpty()) {
                throw broken;
            }
            LOG.log(Level.WARNING, "Queue journal {0} is unreadable ({1}); using its backup",
                    new Object[]{broken.file(), broken.problem()});
            return JsonDataFile.read(backup.get());
        }
    }

    private static List<JobRecord> parseJobs(Path file, JsonObject saved) throws DataFileException {
        List<JobRecord> restored = new ArrayList<>();
        JsonArray array = saved.has("jobs") && saved.get("jobs").isJsonArray() ? saved.getAsJsonArray("jobs") : new JsonArray();
        int index = 0;
        for (JsonElement element : array) {
            index++;
            if (!element.isJsonObject()) {
                throw new DataFileException(file, "job " + index + " of the queue journal is broken: it is not an object", null);
            }
            try {
                JobRecord job = JobCodec.job(element.getAsJsonObject());
                // encoded here, before the queue and its lock exist: the first write after a restart of a big queue
                // then holds the lock for the few jobs the restart changes, not for encoding all of them
                job.encoded = Json.COMPACT.toJson(element).getBytes(StandardCharsets.UTF_8);
                restored.add(job);
            } catch (IllegalStateException e) {
                throw new DataFileException(file, "job " + index + " of the queue journal is broken: " + e.getMessage(), e);
            }
        }
        return restored;
    }
}
