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

import java.nio.file.Path;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.WindowManager;
import org.sorastudio.core.spi.ClipDerivation;
import org.sorastudio.core.spi.GenerationQueue.Derivation;
import org.sorastudio.queue.api.ClipSidecar;

/**
 * Extend… and Edit… for the player and the storyboard: finds the clip's video (its queue row, else the sidecar beside
 * the file) off the EDT, then opens the same dialog as the Queue window's context menu and queues through
 * {@link QueueService}, which remembers the source clip so the storyboard can place the new one after it.
 */
@ServiceProvider(service = ClipDerivation.class)
@Messages({
    "# {0} - file name",
    "QueueClipDerivation.notGenerated={0} was not made by the studio: there is no sidecar beside it naming its video on a server."
            + "\n\nOnly clips the studio generated (or their copies with their .json sidecar) can be extended or edited.",
    "QueueClipDerivation.extendQueued=Extension queued: it appears in the Queue window",
    "QueueClipDerivation.editQueued=Edit queued: it appears in the Queue window"
})
public final class QueueClipDerivation implements ClipDerivation {

    private static final RequestProcessor SIDECARS = new RequestProcessor("Clip sidecars");

    @Override
    public void derive(Derivation.Kind kind, Path clip) {
        SIDECARS.post(() -> {
            Optional<ClipSidecar> source = sourceOf(clip);
            SwingUtilities.invokeLater(() -> source.ifPresentOrElse(found -> ask(kind, clip, found), () -> notGenerated(clip)));
        });
    }

    /** The clip's queue row when the open project's queue holds it, else its sidecar. */
    static Optional<ClipSidecar> sourceOf(Path clip) {
        Path wanted = clip.toAbsolutePath().normalize();
        return Optional.ofNullable(Lookup.getDefault().lookup(QueueService.class))
                .flatMap(QueueService::current)
                .flatMap(queue -> queue.jobs().stream()
                        .filter(job -> job.videoFile() != null && job.videoFile().toAbsolutePath().normalize().equals(wanted))
                        .findFirst())
                .flatMap(ClipSidecar::of)
                .or(() -> ClipSidecar.beside(clip));
    }

    private static void ask(Derivation.Kind kind, Path clip, ClipSidecar source) {
        QueueService queue = Lookup.getDefault().lookup(QueueService.class);
        DerivedClipDialog.show(WindowManager.getDefault().getMainWindow(), kind, source, derivation -> {
            queue.enqueue(derivation, clip);
            StatusDisplayer.getDefault().setStatusText(kind == Derivation.Kind.EXTEND
                    ? Bundle.QueueClipDerivation_extendQueued() : Bundle.QueueClipDerivation_editQueued());
        });
    }

    private static void notGenerated(Path clip) {
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(
                Bundle.QueueClipDerivation_notGenerated(clip.getFileName()), NotifyDescriptor.INFORMATION_MESSAGE));
    }
}
