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
package org.sorastudio.postprocess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.testing.fixtures.SimulatorQueue;

/**
 * The process {@link KilledWithHooksPendingTest} kills with SIGKILL: a queue over its own simulator renders a batch, and
 * one hook thread runs the chain of {@link #chain}; its second step waits for a gate file, so the kill finds one clip's
 * step running and the other clips queued for their hooks. Arguments: {@code JOURNAL CLIPS_FOLDER JOBS GATE}.
 */
public final class HooksWorkerMain {

    private HooksWorkerMain() {
    }

    /**
     * Make GIF, then "Slow write": writes {@code STEM.slow.txt} in two parts ("half PID", then " done PID" once the gate
     * exists), like a hook that writes its output over a while; run without a shell of the studio's (sh is the program).
     */
    static List<HookStep> chain(Path gate) {
        return List.of(HookPresets.GIF, new HookStep("Slow write", List.of("sh", "-c",
                "printf 'half %s' $$ > \"$1.slow.txt\"; while [ ! -e \"$2\" ]; do sleep 0.1; done; printf ' done %s' $$ >> \"$1.slow.txt\"",
                "sh", "{dir}/{stem}", gate.toString()), 120, true));
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[0]);
        Path clips = Path.of(args[1]);
        int jobs = Integer.parseInt(args[2]);
        List<HookStep> chain = chain(Path.of(args[3]));
        try (SimulatorQueue sim = new SimulatorQueue(40, 4, journal, clips);
             PostProcessor hooks = new PostProcessor(() -> chain, 1)) {
            sim.queue.addListener(hooks.listenerFor(sim.queue));
            sim.queue.enqueue(SimulatorQueue.shots(jobs, "A kite over a beach"));
            System.out.println(sim.queue.awaitIdle(Duration.ofMinutes(2)) ? "DOWNLOADED" : "TIMEOUT");
            hooks.awaitIdle(Duration.ofMinutes(10)); // the test kills this process long before
        }
    }
}
