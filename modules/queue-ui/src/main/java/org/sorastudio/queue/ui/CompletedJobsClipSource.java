package org.sorastudio.queue.ui;

import java.util.List;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.ClipSource;

/** The storyboard's "Add from Queue…": the open project's finished clips, oldest first. */
@ServiceProvider(service = ClipSource.class)
@Messages("CompletedJobs.button=Add from Queue…")
public final class CompletedJobsClipSource implements ClipSource {

    @Override
    public String displayName() {
        return Bundle.CompletedJobs_button();
    }

    @Override
    public List<Clip> clips() {
        QueueService service = Lookup.getDefault().lookup(QueueService.class);
        return service == null ? List.of() : service.current().map(queue -> queue.jobs().stream()
                .filter(ClipPlayback::isFinishedClip).map(job -> new Clip(job.videoFile(), job.spec().prompt())).toList()).orElse(List.of());
    }
}
