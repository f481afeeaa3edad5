package org.sorastudio.queue.impl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The process {@link CrashResumeTest} kills: opens the queue journal, queues the batch if the
 * journal is new, and works until every job is finished.
 * Arguments: {@code BASE_URL JOURNAL CLIPS_FOLDER JOBS PARALLEL}.
 */
public final class CrashWorkerMain {

    private CrashWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        URI baseUrl = URI.create(args[0]);
        Path journal = Path.of(args[1]);
        Path clips = Path.of(args[2]);
        int jobs = Integer.parseInt(args[3]);
        int parallel = Integer.parseInt(args[4]);
        try (VideoApiClient client = SimulatorFixture.clientFor(baseUrl)) {
            RenderQueue queue = RenderQueue.open(journal, new QueueOptions(parallel, Duration.ofMinutes(5), clips),
                    SimulatorFixture.provider(client));
            if (queue.jobs().isEmpty()) {
                queue.enqueue(batch(jobs));
            }
            boolean idle = queue.awaitIdle(Duration.ofMinutes(2));
            queue.shutdown(Duration.ofSeconds(10));
            System.out.println(idle ? "IDLE" : "TIMEOUT");
            System.exit(idle ? 0 : 1);
        }
    }

    static List<JobSpec> batch(int jobs) {
        List<JobSpec> specs = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            // shots repeat, so reconciliation must pair identical creates with their videos one to one
            specs.add(SimulatorFixture.spec("Crash shot " + i % 4 + ": a paper boat on a rainy street"));
        }
        return specs;
    }
}
