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
package org.sorastudio.templates.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.lookup.Lookups;
import org.sorastudio.core.impl.BuiltInModelCatalog;
import org.sorastudio.core.impl.DefaultProjectSession;
import org.sorastudio.core.model.Shot;
import org.sorastudio.templates.batch.BatchExpander;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.BatchRequest;
import org.sorastudio.templates.csv.CsvDetector;
import org.sorastudio.templates.ui.wizard.CsvImportModel.Destination;

/** Where Finish sends the shots: the queue in chunks, or the project as drafts, saying which. */
class BatchDeliveryTest {

    @TempDir
    Path folder;

    private BatchPlan plan(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("subject,seconds\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("subject ").append(i).append(',').append(i % 10 == 0 ? "7" : "4").append('\n');
        }
        Path file = Files.writeString(folder.resolve("batch.csv"), csv);
        return new BatchExpander(new BuiltInModelCatalog()).plan(BatchRequest.of("A {subject}", file, CsvDetector.detect(file).settings()));
    }

    @Test
    void validShotsGoToTheQueueInChunks() throws Exception {
        RecordingQueue queue = new RecordingQueue();
        String outcome = BatchDelivery.deliver(plan(1200), Destination.QUEUE, Lookups.fixed(queue), ProgressHandle.createHandle("test"));

        assertThat(outcome).isEqualTo("1,080 shot(s) were sent to the generation queue.");
        assertThat(queue.chunks).extracting(List::size).containsExactly(500, 500, 80);
        assertThat(queue.shots()).extracting(Shot::prompt).doesNotContain("A subject 10").contains("A subject 11");
    }

    @Test
    void withoutAQueueTheShotsBecomeDraftsAndTheUserIsTold() throws Exception {
        DefaultProjectSession session = new DefaultProjectSession(folder.resolve("autosave"), 3600);
        try {
            String outcome = BatchDelivery.deliver(plan(20), Destination.QUEUE, Lookups.fixed(session),
                    ProgressHandle.createHandle("test"));

            assertThat(outcome).isEqualTo("No generation backend is installed: 18 shot(s) were added to the project as drafts.");
            assertThat(session.project().shots()).hasSize(18);
            assertThat(session.isDirty()).isTrue();
        } finally {
            session.shutdown();
        }
    }

    @Test
    void draftsCanBeChosenEvenWithAQueue() throws Exception {
        RecordingQueue queue = new RecordingQueue();
        DefaultProjectSession session = new DefaultProjectSession(folder.resolve("autosave"), 3600);
        try {
            String outcome = BatchDelivery.deliver(plan(3), Destination.DRAFTS, Lookups.fixed(queue, session),
                    ProgressHandle.createHandle("test"));

            assertThat(outcome).isEqualTo("3 shot(s) were added to the project as drafts.");
            assertThat(queue.chunks).isEmpty();
            assertThat(session.project().shots()).extracting(Shot::prompt).containsExactly("A subject 1", "A subject 2", "A subject 3");
        } finally {
            session.shutdown();
        }
    }
}
