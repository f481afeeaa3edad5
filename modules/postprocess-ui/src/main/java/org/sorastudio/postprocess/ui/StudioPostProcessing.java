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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStop;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.lookup.ServiceProviders;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.spi.JobAnnotator;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.PostProcessor;
import org.sorastudio.postprocess.disk.ClipSizeEstimator;
import org.sorastudio.postprocess.disk.DiskCheck;
import org.sorastudio.postprocess.disk.DiskGuard;
import org.sorastudio.postprocess.disk.DiskVerdict;
import org.sorastudio.postprocess.disk.FreeSpace;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueObserver;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The studio's side of "after a clip arrives", one instance: every queue the studio opens gets the settings' hooks
 * (the engine's {@link PostProcessor}, on its own threads), a {@link DiskGuard}, and a {@link BatchWatcher} whose notices
 * the {@link Notifier} shows; each batch the Shot editor or the CSV wizard sends is checked against the free space first.
 * It is also the Queue window's {@link JobAnnotator}: its marks follow its processor from the start.
 */
@ServiceProviders({
    @ServiceProvider(service = QueueObserver.class),
    @ServiceProvider(service = JobAnnotator.class),
    @ServiceProvider(service = StudioPostProcessing.class)
})
@Messages({
    "# {0} - clip file name",
    "StudioPostProcessing.failed=Post-processing failed: {0}",
    "# {0} - needed", "# {1} - free", "# {2} - threshold",
    "StudioPostProcessing.paused=not enough disk space for the last batch (it needs about {0}; {1} free, {2} should stay free). "
            + "Free some space or choose another folder, then Resume."
})
public final class StudioPostProcessing implements QueueObserver, JobAnnotator {

    private static final Logger LOG = Logger.getLogger(StudioPostProcessing.class.getName());

    private final ClipSizeEstimator estimator = new ClipSizeEstimator();
    private final FreeSpace freeSpace;
    private final PostProcessor hooks;
    private final PostProcessingAnnotator marks;
    private final Notifier notifier;
    private volatile RenderQueue current;

    public StudioPostProcessing() {
        this(FreeSpace.system(), new Notifier(NotificationPreferences::load));
    }

    StudioPostProcessing(FreeSpace freeSpace, Notifier notifier) {
        this.freeSpace = freeSpace;
        this.notifier = notifier;
        this.hooks = new PostProcessor(() -> settings().postProcessing().hooks(), PostProcessor.DEFAULT_THREADS);
        hooks.addListener(this::tellFailure);
        marks = new PostProcessingAnnotator(hooks);
    }

    static Optional<StudioPostProcessing> instance() {
        return Optional.ofNullable(Lookup.getDefault().lookup(StudioPostProcessing.class));
    }

    @Override
    public void queueOpened(RenderQueue queue) {
        current = queue;
        // first, so the jobs the queue restored finished are known as old news before any event can arrive
        queue.addListener(new BatchWatcher(queue, notifier::show));
        queue.addListener(hooks.listenerFor(queue));
        // failed post-processing of an earlier session: marked again, with its Retry; clips whose hooks were pending
        // when the studio stopped or was killed: run again
        hooks.restore(queue);
        queue.addListener(new DiskGuard(queue, freeSpace, estimator, this::thresholdBytes));
    }

    @Override
    public boolean beforeEnqueue(RenderQueue queue, List<JobSpec> jobs) {
        DiskVerdict verdict = new DiskCheck(freeSpace, estimator).check(queue.options().outputDirectory(), jobs,
                settings().postProcessing());
        if (verdict.fits()) {
            return true;
        }
        DiskWarning.Choice choice = DiskWarning.ask(verdict);
        switch (choice.decision()) {
            case GO_ON -> LOG.log(Level.INFO, "Batch sent despite the disk warning: {0}", verdict.message());
            case CHANGE_FOLDER -> changeFolder(queue, choice.folder());
            case PAUSE -> queue.pause(Bundle.StudioPostProcessing_paused(
                    LocaleFormat.current().bytes(verdict.needed()),
                    LocaleFormat.current().bytes(Math.max(0, verdict.free())),
                    LocaleFormat.current().bytes(verdict.threshold())));
        }
        return true;
    }

    /** The batch's clips go to {@code folder}, and so do later ones: it becomes the settings' output folder. */
    private static void changeFolder(RenderQueue queue, Path folder) {
        QueueOptions options = queue.options();
        queue.updateOptions(options.withOutputDirectory(folder));
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        if (store != null) {
            try {
                store.update(settings -> settings.withOutputDirectory(folder.toString()));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot save the new output folder {0}: {1}", new Object[]{folder, e.getMessage()});
            }
        }
    }

    /** The Queue window's marks for clips whose post-processing runs or failed (see {@link PostProcessingAnnotator}). */
    @Override
    public Optional<Annotation> annotation(String jobId) {
        return marks.annotation(jobId);
    }

    @Override
    public long revision() {
        return marks.revision();
    }

    /** The open queue's output folder, if a queue is open. */
    Optional<Path> outputFolder() {
        RenderQueue queue = current;
        return queue == null ? Optional.empty() : Optional.of(queue.options().outputDirectory());
    }

    FreeSpace freeSpace() {
        return freeSpace;
    }

    long thresholdBytes() {
        return settings().postProcessing().freeSpaceThresholdMb() * 1_000_000L;
    }

    PostProcessor hooks() {
        return hooks;
    }

    private void tellFailure(ClipOutcome outcome) {
        if (outcome.status() != ClipOutcome.Status.FAILED || outcome.restored()) {
            return; // a failure read back from a sidecar was told in its own session; the Queue window marks it
        }
        notifier.show(new Notice(Notice.Kind.POST_PROCESSING_FAILED,
                Bundle.StudioPostProcessing_failed(outcome.clip().getFileName()), outcome.reason(), outcome.clip().getParent(),
                outcome.clip(), null, () -> hooks.retry(outcome.jobId())));
    }

    /**
     * When the studio exits, the running steps' processes are ended (a hook would otherwise go on writing after the
     * studio is gone); their sidecars still say they are pending, so the next start runs them again.
     */
    @OnStop
    public static final class Stop implements Runnable {
        @Override
        public void run() {
            instance().ifPresent(studio -> studio.hooks.close());
        }
    }

    static Settings settings() {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        return store == null ? Settings.defaults() : store.get();
    }
}
