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

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.awt.StatusDisplayer;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ClipPlayer;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.queue.api.JobSpec;

/**
 * What a notification's buttons do. Each is offered only when it can work: Play needs a {@link ClipPlayer}, Re-run a
 * {@link GenerationQueue} and a job made by a plain create. Nothing here runs on the EDT longer than a post.
 */
@Messages({
    "# {0} - folder", "# {1} - reason",
    "ClipActions.cannotOpen=Cannot open {0}: {1}",
    "ClipActions.requeued=The shot was queued again as a new job"
})
final class ClipActions {

    private static final Logger LOG = Logger.getLogger(ClipActions.class.getName());
    private static final RequestProcessor DESKTOP = new RequestProcessor(ClipActions.class.getName(), 1);

    private ClipActions() {
    }

    /** Opens the folder in the system's file manager, off the EDT. */
    static void openFolder(Path folder) {
        DESKTOP.post(() -> {
            try {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    throw new IOException("this desktop cannot open folders");
                }
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, "Cannot open {0}: {1}", new Object[]{folder, e.getMessage()});
                StatusDisplayer.getDefault().setStatusText(Bundle.ClipActions_cannotOpen(folder, e.getMessage()));
            }
        });
    }

    /** Play for {@code clip}, or {@code null} when no player is installed. */
    static Runnable play(Path clip) {
        ClipPlayer player = Lookup.getDefault().lookup(ClipPlayer.class);
        return player == null || clip == null ? null : () -> player.play(clip);
    }

    /** Re-run for the job that made a clip: the same shot as a new job. {@code null} when that cannot be done. */
    static Runnable rerun(JobSpec spec) {
        GenerationQueue queue = Lookup.getDefault().lookup(GenerationQueue.class);
        if (queue == null || spec.kind() != JobSpec.Kind.CREATE) {
            return null;
        }
        return () -> {
            queue.enqueue(List.of(shotOf(spec)));
            StatusDisplayer.getDefault().setStatusText(Bundle.ClipActions_requeued());
        };
    }

    /** The shot that makes the same request again, under a new id (so the queue sees a new job, not a resend). */
    static Shot shotOf(JobSpec spec) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (spec.profile() != null) {
            overrides.put(JobSpec.PROFILE_OVERRIDE, spec.profile());
        }
        return new Shot(UUID.randomUUID().toString(), spec.prompt(), spec.model(), spec.size(), spec.seconds(),
                spec.referenceImage(), overrides);
    }
}
