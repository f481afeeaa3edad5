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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoStatus;
import org.sorastudio.queue.api.JobSpec;

class ReconcilerTest {

    private static final Instant T = Instant.parse("2026-11-25T20:00:00.600Z");

    @Test
    void identicalShotsPairWithTheirVideosInOrder() {
        JobSpec spec = spec("Same prompt", 4);
        List<Reconciler.Unresolved> jobs = List.of(new Reconciler.Unresolved("b", spec, T.plusSeconds(5)),
                new Reconciler.Unresolved("a", spec, T));
        List<Video> videos = List.of(video("v2", "Same prompt", 4, T.plusSeconds(5)), video("v1", "Same prompt", 4, T),
                video("v0", "Same prompt", 4, T.minusSeconds(60)));

        Map<String, Video> matches = Reconciler.match(jobs, videos, Set.of());

        assertThat(matches.get("a").id()).isEqualTo("v1");
        assertThat(matches.get("b").id()).isEqualTo("v2");
    }

    @Test
    void createdAtIsComparedWithWholeSecondSlack() {
        Reconciler.Unresolved job = new Reconciler.Unresolved("a", spec("P", 4), T);
        assertThat(Reconciler.matches(job, video("v", "P", 4, Instant.parse("2026-11-25T20:00:00Z")))).isTrue();
        assertThat(Reconciler.matches(job, video("v", "P", 4, T.minusSeconds(30)))).isFalse();
        assertThat(Reconciler.matches(job, video("v", "P", 4, T.plusSeconds(3600)))).isFalse();
    }

    @Test
    void everyParameterMustMatchAndClaimedVideosAreSkipped() {
        Reconciler.Unresolved job = new Reconciler.Unresolved("a", spec("P", 4), T);
        assertThat(Reconciler.matches(job, video("v", "Other", 4, T))).isFalse();
        assertThat(Reconciler.matches(job, video("v", "P", 8, T))).isFalse();
        assertThat(Reconciler.match(List.of(job), List.of(video("v", "P", 4, T)), Set.of("v"))).isEmpty();
    }

    @Test
    void identicalCreatesAreRecognised() {
        assertThat(Reconciler.sameRequest(spec("P ", 4), spec("P", 4))).isTrue();
        assertThat(Reconciler.sameRequest(spec("P", 4), spec("P", 8))).isFalse();
    }

    private static JobSpec spec(String prompt, int seconds) {
        return new JobSpec("s", prompt, "sora-2", "1280x720", seconds, null, "p");
    }

    private static Video video(String id, String prompt, int seconds, Instant created) {
        return new Video(id, "sora-2", VideoStatus.IN_PROGRESS, 10, created, null, null, prompt, "1280x720",
                Integer.toString(seconds), null, null);
    }
}
