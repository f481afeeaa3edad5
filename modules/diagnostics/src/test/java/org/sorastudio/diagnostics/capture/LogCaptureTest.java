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
package org.sorastudio.diagnostics.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogCaptureTest {

    private static LogRecord record(Level level, String logger, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        record.setParameters(parameters);
        return record;
    }

    @Test
    void keepsTheNewestLinesUpToItsCapacity() {
        LogCapture capture = new LogCapture(3);
        for (int i = 1; i <= 5; i++) {
            capture.publish(record(Level.INFO, "org.sorastudio.queue", "line {0}", i));
        }
        assertThat(capture.after(0)).extracting(LogLine::text).containsExactly("line 3", "line 4", "line 5");
        assertThat(capture.after(0)).extracting(LogLine::sequence).containsExactly(3L, 4L, 5L);
    }

    @Test
    void readersTakeOnlyWhatIsNewSinceTheirLastLine() {
        LogCapture capture = new LogCapture(10);
        capture.publish(record(Level.INFO, "org.sorastudio.a", "first"));
        List<LogLine> seen = capture.after(0);
        capture.publish(record(Level.WARNING, "org.sorastudio.b", "second"));
        capture.publish(record(Level.FINE, "org.sorastudio.openai.http", "--> GET /v1/videos/v1\nAccept: application/json"));

        List<LogLine> fresh = capture.after(seen.get(seen.size() - 1).sequence());

        assertThat(fresh).extracting(LogLine::text).containsExactly("second", "--> GET /v1/videos/v1\nAccept: application/json");
        assertThat(fresh.get(1).source()).isEqualTo("openai.http");
        assertThat(fresh.get(1).headline()).isEqualTo("--> GET /v1/videos/v1");
        assertThat(capture.after(fresh.get(1).sequence())).isEmpty();
    }

    @Test
    void aFailureIsSummarisedWithoutItsStackTrace() {
        LogCapture capture = new LogCapture(10);
        LogRecord failed = record(Level.WARNING, "org.sorastudio.queue.impl.Journal", "Cannot save the queue journal");
        failed.setThrown(new IOException("No space left on device"));
        capture.publish(failed);

        assertThat(capture.after(0).get(0).text()).isEqualTo("Cannot save the queue journal: IOException No space left on device");
        assertThat(capture.after(0).get(0).asText()).contains("WARNING [queue.impl.Journal] Cannot save").doesNotContain("\tat ");
    }

    @Test
    void afterClearingSequencesStillGrow() {
        LogCapture capture = new LogCapture(10);
        capture.publish(record(Level.INFO, "x", "before"));
        long last = capture.after(0).get(0).sequence();
        capture.clear();
        assertThat(capture.after(0)).isEmpty();
        capture.publish(record(Level.INFO, "x", "after"));
        assertThat(capture.after(last)).extracting(LogLine::text).containsExactly("after");
    }

    @Test
    void manyThreadsLoggingAtOnceLoseNothingWithinTheCapacity() throws InterruptedException {
        LogCapture capture = new LogCapture(100_000);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            threads.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    capture.publish(record(Level.FINE, "org.sorastudio.queue.transitions", "job {0}", i));
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<LogLine> all = capture.after(0);
        assertThat(all).hasSize(80_000);
        assertThat(all).extracting(LogLine::sequence).isSorted().doesNotHaveDuplicates();
    }
}
