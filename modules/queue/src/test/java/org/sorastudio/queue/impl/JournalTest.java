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

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;

class JournalTest {

    @TempDir
    Path folder;

    private final Object lock = new Object();
    private int state;
    private final AtomicInteger snapshots = new AtomicInteger();

    @Test
    void aBurstOfChangesIsWrittenInFewBatchesAndAwaitedChangesAreOnDisk() throws Exception {
        JsonDataFile file = new JsonDataFile(folder.resolve("q.sorastudio.queue.json"));
        Journal journal = Journal.ofJson(file, lock, this::snapshot);
        long version = 0;
        for (int i = 0; i < 1000; i++) {
            synchronized (lock) {
                state = i;
                version = journal.markDirty();
            }
        }

        journal.awaitDurable(version);

        assertThat(file.read().get("state").getAsInt()).isEqualTo(999);
        assertThat(snapshots.get()).isBetween(1, 10);
        journal.close(Duration.ofSeconds(5));
    }

    @Test
    void changesAfterCloseAreStillWrittenByWhoeverWaitsForThem() throws Exception {
        JsonDataFile file = new JsonDataFile(folder.resolve("late.sorastudio.queue.json"));
        Journal journal = Journal.ofJson(file, lock, this::snapshot);
        journal.close(Duration.ofSeconds(5));
        long version;
        synchronized (lock) {
            state = 42;
            version = journal.markDirty();
        }

        journal.awaitDurable(version);

        assertThat(file.read().get("state").getAsInt()).isEqualTo(42);
    }

    @Test
    void workAfterAChangeRunsOnceTheChangeIsOnDisk() throws Exception {
        JsonDataFile file = new JsonDataFile(folder.resolve("after.sorastudio.queue.json"));
        Journal journal = Journal.ofJson(file, lock, this::snapshot);
        long version;
        synchronized (lock) {
            state = 7;
            version = journal.markDirty();
        }
        CompletableFuture<Integer> seen = new CompletableFuture<>();

        journal.afterDurable(version, () -> {
            try {
                seen.complete(file.read().get("state").getAsInt());
            } catch (DataFileException e) {
                seen.completeExceptionally(e);
            }
        });

        assertThat(seen.get(30, TimeUnit.SECONDS)).isEqualTo(7);
        journal.close(Duration.ofSeconds(5));
    }

    private JsonObject snapshot() {
        snapshots.incrementAndGet();
        JsonObject json = new JsonObject();
        json.addProperty("state", state);
        return json;
    }
}
