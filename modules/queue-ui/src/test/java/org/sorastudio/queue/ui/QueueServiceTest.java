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
package org.sorastudio.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sorastudio.testing.fixtures.SimulatorClientProvider;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorServer;

class QueueServiceTest {

    /** The "done when", headless: quit half way keeping the jobs, start again, every clip arrives once. */
    @Test
    void jobsKeptAtShutdownFinishAfterARestartWithoutDuplicates() throws Exception {
        Path journal = QueueService.production().placesOfOpenProject().journal();
        Path clips = QueueService.production().placesOfOpenProject().clipFolder();
        deleteQuietly(journal);
        deleteTree(clips);
        SimulatorServer server = SimulatorClientProvider.server();
        long createsBefore = server.acceptedCreates();
        QueueService first = new QueueService();
        List<Shot> shots = IntStream.range(0, 6).mapToObj(i -> Shot.create("Restart shot " + i + ": lanterns on a river"))
                .toList();

        first.enqueue(shots);
        await(() -> first.current().map(q -> q.stats().completed() >= 1).orElse(false));
        assertThat(first.current().orElseThrow().stats().unfinished()).isPositive();
        first.stop(true);

        QueueService second = new QueueService();
        second.start();
        await(() -> second.current().isPresent());
        RenderQueue queue = second.current().orElseThrow();
        assertThat(queue.awaitIdle(Duration.ofSeconds(60))).isTrue();
        assertThat(queue.stats().completed()).isEqualTo(6);
        assertThat(server.acceptedCreates() - createsBefore).isEqualTo(6);
        try (Stream<Path> files = Files.list(clips)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".mp4"))).hasSize(6);
            assertThat(names.stream().filter(n -> n.endsWith(".json"))).hasSize(6);
        }
        second.stop(true);
    }

    /**
     * The Shot editor's loop, headless over HTTP: a shot the server blocks is reported failed with its moderation
     * failure and its shot; sent again with a rewritten prompt (same shot id), its next attempt is reported queued and
     * completed to the same follower. A batch the prompt check holds back is reported held back, never queued.
     */
    @Test
    void aFollowedShotIsReportedBlockedThenItsRewriteCompletes() throws Exception {
        deleteQuietly(QueueService.production().placesOfOpenProject().journal());
        SimulatorClientProvider.server();
        QueueService service = new QueueService();
        RecordingShotProgress progress = new RecordingShotProgress();
        Shot blocked = Shot.create("A car about to " + SimulatorClientProvider.BLOCKED_WORD + " in slow motion");

        service.enqueue(List.of(blocked), progress);
        await(() -> progress.events.size() >= 2);

        assertThat(progress.events).containsExactly("queued: " + blocked.prompt(), "failed: " + blocked.prompt());
        FailedWork failure = progress.failures.get(0);
        assertThat(failure.failure().kind()).isEqualTo(Failure.Kind.MODERATION);
        assertThat(failure.shot().id()).isEqualTo(blocked.id());
        assertThat(failure.profile()).isEqualTo(SimulatorClientProvider.PROFILE);

        Shot rewritten = failure.shot().withPrompt("A car about to drive off in slow motion");
        service.enqueue(List.of(rewritten));
        await(() -> progress.events.size() >= 4);
        assertThat(progress.events.subList(2, 4)).containsExactly("queued: " + rewritten.prompt(),
                "completed: " + rewritten.prompt());

        Shot held = Shot.create("Two kites " + HoldingObserver.HOLD);
        service.enqueue(List.of(held), progress);
        await(() -> progress.events.size() >= 5);
        assertThat(progress.events.get(4)).isEqualTo("held back: " + held.prompt());
        assertThat(progress.failures.get(1).failure().message()).isEqualTo(HoldingObserver.WHY);
        assertThat(service.current().orElseThrow().jobs()).noneMatch(job -> job.spec().prompt().equals(held.prompt()));
        service.stop(false);
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("waiting for the queue").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void deleteQuietly(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
