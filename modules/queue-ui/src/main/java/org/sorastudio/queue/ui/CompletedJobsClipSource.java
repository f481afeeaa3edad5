package org.sorastudio.queue.ui;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.queue.api.Job;
import org.sorastudio.storyboard.ui.spi.ClipSource;

/** The storyboard's "Add from Queue…": the open project's finished clips, newest last, several at once. */
@ServiceProvider(service = ClipSource.class)
@Messages({
    "CompletedJobs.button=Add from Queue…",
    "CompletedJobs.title=Add Finished Clips from the Queue",
    "CompletedJobs.none=The queue has no finished clips yet."
})
public final class CompletedJobsClipSource implements ClipSource {

    @Override
    public String displayName() {
        return Bundle.CompletedJobs_button();
    }

    @Override
    public List<Path> pickClips(Component parent) {
        QueueService service = Lookup.getDefault().lookup(QueueService.class);
        List<Job> finished = service == null ? List.of() : service.current().map(queue -> queue.jobs().stream()
                .filter(ClipPlayback::canPlay).filter(job -> Files.isRegularFile(job.videoFile())).toList()).orElse(List.of());
        if (finished.isEmpty()) {
            DialogDisplayer.getDefault().notify(new org.openide.NotifyDescriptor.Message(Bundle.CompletedJobs_none()));
            return List.of();
        }
        JList<Job> list = new JList<>(finished.toArray(Job[]::new));
        list.setName("finishedJobs");
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                Job job = (Job) value;
                return super.getListCellRendererComponent(l, job.spec().prompt() + "  (" + job.videoFile().getFileName() + ")", index, selected, focus);
            }
        });
        list.setVisibleRowCount(12);
        DialogDescriptor dialog = new DialogDescriptor(new JScrollPane(list), Bundle.CompletedJobs_title());
        if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
            return List.of();
        }
        return list.getSelectedValuesList().stream().map(Job::videoFile).toList();
    }
}
