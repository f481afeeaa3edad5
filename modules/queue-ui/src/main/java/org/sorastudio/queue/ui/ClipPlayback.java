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

import java.nio.file.Files;
import java.util.Optional;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.ClipPlayer;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/** Opens a finished job's clip in the studio's player. */
@Messages({
    "ClipPlayback.noPlayer=No clip player is installed.",
    "# {0} - file",
    "ClipPlayback.missing=The clip {0} is no longer there."
})
final class ClipPlayback {

    private ClipPlayback() {
    }

    /** A finished clip, and a player to show it: with the player module switched off, Play stays disabled. */
    static boolean canPlay(Job job) {
        return isFinishedClip(job) && Lookup.getDefault().lookup(ClipPlayer.class) != null;
    }

    static boolean isFinishedClip(Job job) {
        return job.state() == JobState.COMPLETED && job.videoFile() != null;
    }

    /** Plays the job's clip; returns why it could not, if it could not. */
    static Optional<String> play(Job job) {
        if (!Files.isRegularFile(job.videoFile())) {
            return Optional.of(Bundle.ClipPlayback_missing(job.videoFile()));
        }
        ClipPlayer player = Lookup.getDefault().lookup(ClipPlayer.class);
        if (player == null) {
            return Optional.of(Bundle.ClipPlayback_noPlayer());
        }
        player.play(job.videoFile());
        return Optional.empty();
    }
}
