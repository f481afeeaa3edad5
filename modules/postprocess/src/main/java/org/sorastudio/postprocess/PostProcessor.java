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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.postprocess.ClipOutcome.Status;
import org.sorastudio.postprocess.impl.SidecarRecord;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The post-processing controller the studio and the CLI share: every clip a queue downloads goes through the enabled
 * steps, in order, on this processor's own bounded pool of threads, so a slow step never holds up the queue's event
 * thread, polls or downloads. A clip's outcome is kept (for Retry and the lists), written into its sidecar and told
 * to the listeners; a failed step marks the clip "post-processing failed" with the reason and never deletes it. The
 * sidecars are read back when a queue is opened again ({@link #restore}), so the mark and Retry outlive a restart.
 */
public final class PostProcessor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostProcessor.class.getName());
    /** Hooks run beside renders and downloads on a small machine: two at a time unless told otherwise. */
    public static final int DEFAULT_THREADS = 2;

    private final Supplier<List<HookStep>> steps;
    private final StepRunner runner = new StepRunner();
    private final ExecutorService pool;
    private final Map<String, ClipOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, ClipValues> clips = new ConcurrentHashMap<>();
    private final List<Consumer<ClipOutcome>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idle = new Object();

    /**
     * @param steps   the steps as they are now (read once per clip, so a change in the Options applies to the next clip)
     * @param threads how many clips are processed at once
     */
    public PostProcessor(Supplier<List<HookStep>> steps, int threads) {
        this.steps = steps;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "sorastudio-hooks-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    /**
     * A listener that hands every clip {@code queue} completes to this processor. It returns at once (the queue's
     * event thread only queues the clip); a clip whose sidecar already records post-processing is not run again, its
     * record is taken back instead.
     */
    public QueueListener listenerFor(RenderQueue queue) {
        return new QueueListener() {
            @Override
            public void jobChanged(Job job) {
                if (job.state() == JobState.COMPLETED && job.videoFile() != null && !clips.containsKey(job.id())) {
                    process(ClipValues.of(job));
                }
            }
        };
    }

    /** Whether any step would run on a clip now. */
    public boolean hasSteps() {
        return steps.get().stream().anyMatch(HookStep::enabled);
    }

    /**
     * Queues {@code clip} for the enabled steps and returns at once; nothing happens when there are none. Before it
     * returns, the clip's sidecar records that its steps are pending (one small atomic write), so a studio or CLI that
     * stops or is killed before they are done leaves a record the next one finds ({@link #restore}).
     */
    public void process(ClipValues clip) {
        if (clips.putIfAbsent(clip.jobId(), clip) != null || !hasSteps()) {
            return;
        }
        Optional<ClipOutcome> recorded = SidecarRecord.read(clip);
        if (recorded.isPresent() && recorded.get().finished()) {
            publish(recorded.get()); // processed in an earlier session
            return;
        }
        schedule(clip, recorded.map(ClipOutcome::steps).orElse(List.of()));
    }

    /**
     * Takes back what the sidecars of the clips {@code queue} holds already record (from an earlier session): a clip
     * whose post-processing failed is marked again and can be retried, one that was processed is not run again. A clip
     * whose chain an earlier session left unfinished (queued, or a step running, when it stopped or was killed) runs
     * again from the step that had not succeeded (that step from the start: it may have left a half-written file), after
     * ending that step's process if it still runs; with no step enabled now it is marked
     * {@link ClipOutcome.Status#INTERRUPTED} instead, with its Retry. The sidecars are read on this processor's threads
     * and this returns at once.
     */
    public void restore(RenderQueue queue) {
        List<Job> finished = queue.jobs().stream()
                .filter(job -> job.state() == JobState.COMPLETED && job.videoFile() != null && job.sidecarFile() != null)
                .toList();
        if (finished.isEmpty()) {
            return;
        }
        pending.incrementAndGet();
        pool.execute(() -> {
            try {
                for (Job job : finished) {
                    ClipValues clip = ClipValues.of(job);
                    if (clips.putIfAbsent(clip.jobId(), clip) == null) {
                        SidecarRecord.read(clip).ifPresent(recorded -> restoreOne(clip, recorded));
                    }
                }
            } finally {
                finishedOne();
            }
        });
    }

    private void restoreOne(ClipValues clip, ClipOutcome recorded) {
        if (recorded.finished()) {
            publish(recorded);
            return;
        }
        SidecarRecord.leftRunning(clip).ifPresent(PostProcessor::end);
        if (hasSteps()) {
            LOG.log(Level.INFO, "Post-processing of {0} was interrupted ({1}); running it again",
                    new Object[]{clip.clip(), recorded.reason()});
            schedule(clip, recorded.steps());
        } else {
            publish(recorded);
        }
    }

    /** Ends a step's process left running by a killed session, and what it started. */
    private static void end(ProcessHandle process) {
        LOG.log(Level.INFO, "Ending post-processing step process {0}, left running by a session that was killed", process.pid());
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Process {0} did not end: {1}", new Object[]{process.pid(), e.getMessage()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records the clip as pending in its sidecar, then hands it to the pool to run on after {@code succeededBefore}. */
    private void schedule(ClipValues clip, List<StepResult> succeededBefore) {
        List<StepResult> kept = succeededBefore.stream().takeWhile(StepResult::succeeded).toList();
        pending.incrementAndGet();
        ClipOutcome queued = new ClipOutcome(clip.jobId(), clip.clip(), Status.QUEUED, kept, "");
        recordUnfinished(clip, queued, "", null);
        publish(queued);
        try {
            pool.execute(() -> {
                try {
                    runChain(clip, kept);
                } finally {
                    finishedOne();
                }
            });
        } catch (RejectedExecutionException closed) {
            finishedOne(); // closed: the sidecar says it is pending, the next session runs it
        }
    }

    /**
     * Runs the failed step of a clip whose post-processing failed (or was interrupted), and the steps after it, again;
     * the steps that succeeded before it are not run again (as long as the chain still starts with them). False when
     * there is no such clip. The clip is never touched.
     */
    public boolean retry(String jobId) {
        ClipValues clip = clips.get(jobId);
        ClipOutcome outcome = outcomes.get(jobId);
        if (clip == null || outcome == null || (outcome.status() != Status.FAILED && outcome.status() != Status.INTERRUPTED)) {
            return false;
        }
        schedule(clip, outcome.steps());
        return true;
    }

    public Optional<ClipOutcome> outcome(String jobId) {
        return Optional.ofNullable(outcomes.get(jobId));
    }

    /** Told of every change of a clip's outcome, on a hook thread or the caller's; must return quickly. */
    public void addListener(Consumer<ClipOutcome> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ClipOutcome> listener) {
        listeners.remove(listener);
    }

    /** Waits until no clip is queued or running; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    /**
     * Stops taking clips and ends running steps (their processes too); what was queued is not run. Their sidecars still
     * say they are pending, so the next processor that {@link #restore restores} the queue runs them.
     */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * Runs the enabled steps on {@code clip}, but not the first ones that {@code succeededBefore} says succeeded
     * already, in the same order under the same names (a Retry goes on from the failed step).
     */
    private void runChain(ClipValues clip, List<StepResult> succeededBefore) {
        List<HookStep> chain = steps.get().stream().filter(HookStep::enabled).toList();
        int from = 0;
        while (from < chain.size() && from < succeededBefore.size()
                && succeededBefore.get(from).step().equals(chain.get(from).name())) {
            from++;
        }
        List<StepResult> done = new ArrayList<>(succeededBefore.subList(0, from));
        publish(new ClipOutcome(clip.jobId(), clip.clip(), Status.RUNNING, done, ""));
        ClipOutcome outcome = null;
        for (HookStep step : chain.subList(from, chain.size())) {
            ClipOutcome before = new ClipOutcome(clip.jobId(), clip.clip(), Status.RUNNING, done, "");
            StepResult result = runner.run(step, clip, process -> recordUnfinished(clip, before, step.name(), process));
            if (Thread.currentThread().isInterrupted()) {
                // the processor is closing (the studio or CLI stops): the step was ended, not failed; the sidecar still
                // says it was running, so the next session runs it again
                LOG.log(Level.INFO, "Post-processing of {0} stopped during \"{1}\"; it runs again next time",
                        new Object[]{clip.clip(), step.name()});
                return;
            }
            done.add(result);
            if (!result.succeeded()) {
                outcome = new ClipOutcome(clip.jobId(), clip.clip(), Status.FAILED, done, step.name() + ": " + result.message());
                break;
            }
            ClipOutcome progress = new ClipOutcome(clip.jobId(), clip.clip(), Status.RUNNING, done, "");
            recordUnfinished(clip, progress, "", null);
            publish(progress);
        }
        if (outcome == null) {
            outcome = new ClipOutcome(clip.jobId(), clip.clip(), Status.SUCCEEDED, done, "");
        }
        record(clip, outcome);
        publish(outcome);
    }

    private static void recordUnfinished(ClipValues clip, ClipOutcome outcome, String running, ProcessHandle process) {
        if (clip.sidecar() == null) {
            return;
        }
        try {
            SidecarRecord.writeUnfinished(clip.sidecar(), outcome, running, process);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot record the pending post-processing of {0} in its sidecar: {1}",
                    new Object[]{clip.clip(), e.getMessage()});
        }
    }

    private static void record(ClipValues clip, ClipOutcome outcome) {
        if (clip.sidecar() == null) {
            return;
        }
        try {
            SidecarRecord.write(clip.sidecar(), outcome);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot record the post-processing of {0} in its sidecar: {1}",
                    new Object[]{clip.clip(), e.getMessage()});
        }
    }

    private void publish(ClipOutcome outcome) {
        outcomes.put(outcome.jobId(), outcome);
        for (Consumer<ClipOutcome> listener : listeners) {
            try {
                listener.accept(outcome);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A post-processing listener failed", e);
            }
        }
    }

    private void finishedOne() {
        if (pending.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }
}
