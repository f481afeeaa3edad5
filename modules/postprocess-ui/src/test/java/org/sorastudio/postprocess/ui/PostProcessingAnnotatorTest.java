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
package org.sorastudio.postprocess.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.core.spi.JobAnnotator.Annotation;
import org.sorastudio.core.spi.JobAnnotator.AnnotationAction;
import org.sorastudio.postprocess.ClipValues;
import org.sorastudio.postprocess.PostProcessor;

/** The Queue window's notes from a real processor running real processes: a missing program marks the clip, Retry clears it. */
class PostProcessingAnnotatorTest {

    @TempDir
    Path folder;

    @Test
    void aMissingProgramMarksTheClipWithItsReasonAndRetryClearsTheMark() throws Exception {
        Path clip = Files.write(folder.resolve("shot.mp4"), new byte[]{0, 0, 0, 24});
        Path sidecar = Files.writeString(folder.resolve("shot.json"), "{\"videoId\": \"video_1\"}");
        HookStep missing = new HookStep("Make GIF", List.of("no-such-program-sorastudio", "{clip}"), 10, true);
        HookStep fine = new HookStep("Make GIF", List.of("true", "{clip}"), 10, true);
        AtomicReference<List<HookStep>> steps = new AtomicReference<>(List.of(missing));
        try (PostProcessor hooks = new PostProcessor(steps::get, 1)) {
            PostProcessingAnnotator annotator = new PostProcessingAnnotator(hooks);
            long before = annotator.revision();

            hooks.process(new ClipValues("job-1", clip, Map.of("clip", clip.toString(), "sidecar", sidecar.toString())));
            assertThat(hooks.awaitIdle(Duration.ofSeconds(30))).isTrue();

            Annotation failed = annotator.annotation("job-1").orElseThrow();
            assertThat(annotator.revision()).isGreaterThan(before);
            assertThat(failed.text()).startsWith("post-processing failed: Make GIF: the program 'no-such-program-sorastudio' "
                    + "could not be started");
            assertThat(failed.problem()).isTrue();
            assertThat(failed.detail()).startsWith("Post-processing failed: Make GIF: the program 'no-such-program-sorastudio' "
                    + "could not be started").endsWith("The clip is kept; right-click the row to retry.");
            assertThat(failed.actions()).extracting(AnnotationAction::label).containsExactly("Retry Post-processing");
            assertThat(annotator.annotation("job-2")).isEmpty();
            assertThat(clip).exists();

            steps.set(List.of(fine)); // the program installed
            long marked = annotator.revision();
            failed.actions().get(0).run().run();
            assertThat(hooks.awaitIdle(Duration.ofSeconds(30))).isTrue();

            assertThat(annotator.annotation("job-1")).as("the mark goes once the steps succeed").isEmpty();
            assertThat(annotator.revision()).isGreaterThan(marked);
        }
    }
}
