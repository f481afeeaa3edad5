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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.ShotProgress;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueListener;

/**
 * Tells one {@link ShotProgress} what becomes of the shots it follows, by shot id: a shot sent again with a rewritten
 * prompt keeps its id, so its next attempt is followed too. A shot stops being followed when its clip is done; a failed
 * one is followed on, since the user may send it again.
 */
final class ShotFollower implements QueueListener {

    private final ShotProgress progress;
    /** The followed shots' ids, each with the job and state last told, so a job's many changes are told once per state. */
    private final Map<String, String> followed = new ConcurrentHashMap<>();

    ShotFollower(ShotProgress progress) {
        this.progress = progress;
    }

    void follow(Set<String> shotIds) {
        shotIds.forEach(id -> followed.put(id, ""));
    }

    @Override
    public void jobChanged(Job job) {
        String shotId = job.spec().shotId();
        String told = job.id() + ' ' + job.state();
        if (shotId == null || job.spec().kind() != JobSpec.Kind.CREATE || !followed.containsKey(shotId)
                || told.equals(followed.put(shotId, told))) {
            return;
        }
        switch (job.state()) {
            case QUEUED -> progress.queued(shotOf(job.spec()));
            case FAILED -> job.failed().ifPresent(failure -> progress.failed(new FailedWork(JobColumn.shortPrompt(job),
                    job.spec().prompt(), job.spec().profile(), job.videoId(), failure, shotOf(job.spec()))));
            case COMPLETED -> {
                followed.remove(shotId);
                progress.completed(shotOf(job.spec()));
            }
            default -> {
                // submitting, rendering, downloading: the Queue window shows those
            }
        }
    }

    /** The shot a created job was made from (its id, prompt, model, size, length and reference). */
    static Shot shotOf(JobSpec spec) {
        return new Shot(spec.shotId(), spec.prompt(), spec.model(), spec.size(), spec.seconds(), spec.referenceImage(), Map.of());
    }
}
