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
package org.sorastudio.postprocess.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.queue.api.JobSpec;

class DiskCheckTest {

    @TempDir
    Path folder;

    private static List<JobSpec> proBatch(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new JobSpec("s" + i, "p", "sora-2-pro", "1792x1024", 12, null, "sim")).toList();
    }

    @Test
    void estimatesScaleWithSecondsAndPixelsAndLearnFromDownloadedClips() {
        ClipSizeEstimator estimator = new ClipSizeEstimator();
        long fourSeconds = estimator.estimate("sora-2", "1280x720", 4);
        long eightSeconds = estimator.estimate("sora-2", "1280x720", 8);
        assertThat(fourSeconds - ClipSizeEstimator.PER_CLIP_OVERHEAD).isEqualTo(3_000_000);
        assertThat(eightSeconds - ClipSizeEstimator.PER_CLIP_OVERHEAD).isEqualTo(6_000_000);
        assertThat(estimator.estimate("sora-2-pro", "1792x1024", 4)).isGreaterThan(estimator.estimate("sora-2-pro", "1280x720", 4));

        estimator.learn("sora-2", "1280x720", 4, 1_500_000);
        estimator.learn("sora-2", "1280x720", 8, 3_000_000);

        assertThat(estimator.correction("sora-2")).isEqualTo(0.5);
        assertThat(estimator.estimate("sora-2", "1280x720", 4) - ClipSizeEstimator.PER_CLIP_OVERHEAD).isEqualTo(1_500_000);
        assertThat(estimator.correction("sora-2-pro")).as("learned per model").isEqualTo(1.0);
    }

    @Test
    void aBatchThatWouldGoBelowTheThresholdIsWarnedWithTheNumbers() {
        DiskCheck check = new DiskCheck(path -> 3_000_000_000L, new ClipSizeEstimator());

        DiskVerdict verdict = check.check(folder, proBatch(50), new PostProcessingSettings(List.of(), 2048));

        assertThat(verdict.fits()).isFalse();
        assertThat(verdict.needed()).isEqualTo(50 * (Math.round(9_000_000 / 8.0 * 12 * (1792 * 1024) / (1280.0 * 720))
                + ClipSizeEstimator.PER_CLIP_OVERHEAD));
        assertThat(verdict.message()).isEqualTo("This batch needs about 1.4 GB in " + folder
                + "; 3.0 GB are free there and 2.0 GB should stay free, so it would leave 1.6 GB.");
    }

    @Test
    void aBatchThatFitsPasses() {
        DiskVerdict verdict = new DiskCheck(path -> 50_000_000_000L, new ClipSizeEstimator())
                .check(folder, proBatch(50), PostProcessingSettings.defaults());
        assertThat(verdict.fits()).isTrue();
    }

    @Test
    void anOutputFolderThatIsAFileOrUnreadableIsNamed() throws Exception {
        Path file = Files.writeString(folder.resolve("clips"), "x");
        DiskVerdict verdict = new DiskCheck(FreeSpace.system(), new ClipSizeEstimator()).check(file, 1, 0);
        assertThat(verdict.fits()).isFalse();
        assertThat(verdict.message()).isEqualTo("The output folder " + file + " is a file, not a folder.");

        DiskVerdict unknown = new DiskCheck(path -> {
            throw new java.io.IOException("gone");
        }, new ClipSizeEstimator()).check(folder, 1, 0);
        assertThat(unknown.fits()).isFalse();
        assertThat(unknown.message()).isEqualTo("The free space in " + folder + " cannot be read.");
    }

    @Test
    void aFolderNotCreatedYetIsMeasuredAtItsParent() throws Exception {
        long free = FreeSpace.system().usableBytes(folder.resolve("not/yet/there"));
        // the disk is shared: other writers may change it between the two readings
        assertThat(free).isCloseTo(Files.getFileStore(folder).getUsableSpace(), org.assertj.core.data.Offset.offset(200_000_000L));
    }
}
