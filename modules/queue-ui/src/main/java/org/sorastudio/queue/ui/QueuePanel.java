package org.sorastudio.queue.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.view.OutlineView;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Node;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.ClipDetailsViewer;
import org.sorastudio.core.spi.GenerationQueue.Derivation;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.queue.api.ClipSidecar;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueStats;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The Queue window's content: a table of every job with its progress and ids, and the commands
 * that act on the selected jobs or the whole queue. Queue events arrive on the queue's thread and
 * are merged (the latest state of each job wins); a timer on the EDT takes them in every
 * {@link #FRAME_MILLIS} ms, at most {@link #ROWS_PER_FRAME} rows and about {@link #FRAME_BUDGET_MILLIS} ms of
 * work per frame, so a batch of 10,000 jobs arrives as rows added a few hundred at a time and never
 * stalls the EDT, and a busy queue costs a handful of repaints a second, not one per event.
 */
@Messages({
    "QueuePanel.shot=Shot",
    "QueuePanel.cancel=Cancel",
    "QueuePanel.retry=Retry",
    "QueuePanel.up=Move Up",
    "QueuePanel.down=Move Down",
    "QueuePanel.pause=Pause",
    "QueuePanel.cancelAll=Cancel All",
    "QueuePanel.resumeById=Resume by Video ID…",
    "QueuePanel.clearFinished=Clear Finished",
    "QueuePanel.clearFinishedTip=Remove completed, failed and cancelled jobs from the list (their files stay)",
    "QueuePanel.copyId=Copy ID",
    "QueuePanel.play=Play",
    "QueuePanel.details=Show Request and Response",
    "QueuePanel.detailsTip=What was sent for this clip and what the server answered, as JSON",
    "QueuePanel.extend=Extend…",
    "QueuePanel.extendTip=Continue this clip: a new, longer clip that starts where this one ends",
    "QueuePanel.edit=Edit…",
    "QueuePanel.editTip=A changed copy of this clip, as a prompt says",
    "QueuePanel.extendQueued=Extension queued",
    "QueuePanel.editQueued=Edit queued",
    "QueuePanel.noGenerationQueue=No render queue is installed, so nothing can be queued.",
    "QueuePanel.checkAgain=Check again",
    "QueuePanel.checkAgainTip=Read the server's video list again for this create; nothing is sent",
    "QueuePanel.sendAgain=Send again (may be charged twice)",
    "QueuePanel.sendAgainTip=The server may have received the first create: sending it again may make and charge a second video",
    "# {0} - count", "QueuePanel.unconfirmed={0} unconfirmed (the server may have received them: right-click to check or send again)",
    "QueuePanel.copyIdTip=Copy the selected job's video id (or request id) to the clipboard (Ctrl+J)",
    "QueuePanel.noQueue=No queue yet: generate a shot and it appears here.",
    "QueuePanel.empty=The queue is empty.",
    "# {0} - total", "# {1} - queued", "# {2} - running", "# {3} - downloading", "# {4} - completed", "# {5} - failed", "# {6} - cancelled",
    "QueuePanel.summary={0,choice,0#0 jobs|1#1 job|1<{0,number,integer} jobs}: {1} queued, {2} running, {3} downloading, {4} completed, {5} failed, {6} cancelled",
    "# {0} - eta", "QueuePanel.eta=ETA {0}",
    "QueuePanel.paused=Paused",
    "# {0} - reason", "QueuePanel.pausedBecause=Paused: {0}",
    "# {0} - count", "QueuePanel.confirmCancelAll=Cancel all {0} unfinished jobs? Jobs already on the server are deleted there where the API allows.",
    "QueuePanel.resumeTitle=Resume by Video ID",
    "QueuePanel.resumePrompt=Video id (e.g. video_68e3…):",
    "# {0} - id", "QueuePanel.copied=Copied {0}",
    "# {0} - id", "QueuePanel.clipboardBusy=The clipboard is busy; the id is {0}"
})
public final class QueuePanel extends JPanel implements ExplorerManager.Provider {

    static final int FRAME_MILLIS = 100;
    static final int ROWS_PER_FRAME = 400;
    static final long FRAME_BUDGET_MILLIS = 15;

    private final ExplorerManager manager = new ExplorerManager();
    private final JobChildren rows = new JobChildren(this::jobActions);
    private final OutlineView view = new OutlineView(Bundle.QueuePanel_shot());
    private final JButton cancel = button("cancel", Bundle.QueuePanel_cancel());
    private final JButton retry = button("retry", Bundle.QueuePanel_retry());
    private final JButton up = button("moveUp", Bundle.QueuePanel_up());
    private final JButton down = button("moveDown", Bundle.QueuePanel_down());
    private final JToggleButton pause = new JToggleButton(Bundle.QueuePanel_pause());
    private final JButton cancelAll = button("cancelAll", Bundle.QueuePanel_cancelAll());
    private final JButton resumeById = button("resumeById", Bundle.QueuePanel_resumeById());
    private final JButton clearFinished = button("clearFinished", Bundle.QueuePanel_clearFinished());
    private final JButton copyId = button("copyId", Bundle.QueuePanel_copyId());
    private final JButton play = button("play", Bundle.QueuePanel_play());
    private final JLabel summary = new JLabel(Bundle.QueuePanel_noQueue());
    private final JLabel message = new JLabel(" ");
    private final Supplier<String> activeProfile;
    private final QueueListener listener = new Listener();
    /** Events waiting for the EDT; guarded by itself. */
    private final Map<String, Job> pendingJobs = new LinkedHashMap<>();
    private List<String> pendingOrder;
    private QueueStats pendingStats;
    /** The queue's order as last announced; rows appear in it as their nodes are made. EDT only. */
    private List<String> order = List.of();
    private boolean orderChanged;
    private final javax.swing.Timer frames = new javax.swing.Timer(FRAME_MILLIS, e -> flush());
    private RenderQueue queue;

    /** @param activeProfile the profile a job resumed by video id runs on */
    public QueuePanel(Supplier<String> activeProfile) {
        super(new BorderLayout());
        this.activeProfile = activeProfile;
        AbstractNode root = new AbstractNode(rows);
        manager.setRootContext(root);
        view.setPropertyColumns(JobNode.MODEL, Bundle.JobNode_model(), JobNode.SIZE, Bundle.JobNode_size(),
                JobNode.SECONDS, Bundle.JobNode_seconds(), JobNode.STATUS, Bundle.JobNode_status(),
                JobNode.PROGRESS, Bundle.JobNode_progress(), JobNode.ETA, Bundle.JobNode_eta(),
                JobNode.STATUS_TEXT, Bundle.JobNode_statusText(), JobNode.IDS, Bundle.JobNode_ids());
        view.getOutline().setRootVisible(false);
        int[] widths = {320, 90, 80, 60, 90, 120, 60, 260, 300};
        for (int column = 0; column < widths.length && column < view.getOutline().getColumnCount(); column++) {
            view.getOutline().getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        view.getOutline().setName("jobs");
        view.getOutline().setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        view.setDefaultActionAllowed(true); // double-click plays a finished clip (JobNode.getPreferredAction)
        add(toolbar(), BorderLayout.NORTH);
        add(view, BorderLayout.CENTER);
        add(statusLine(), BorderLayout.SOUTH);
        wireCommands();
        manager.addPropertyChangeListener(event -> {
            if (ExplorerManager.PROP_SELECTED_NODES.equals(event.getPropertyName())) {
                updateButtons();
            }
        });
        updateButtons();
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return manager;
    }

    /** Shows {@code next} (or nothing); EDT only. */
    public void setQueue(RenderQueue next) {
        if (queue != null) {
            queue.removeListener(listener);
        }
        queue = next;
        rows.clear();
        order = List.of();
        orderChanged = false;
        synchronized (pendingJobs) {
            pendingJobs.clear();
            pendingOrder = null;
            pendingStats = null;
        }
        if (next != null) {
            next.addListener(listener);
            // the rows come in through the frames like any change, a few hundred at a time
            List<Job> jobs = next.jobs();
            synchronized (pendingJobs) {
                jobs.forEach(job -> pendingJobs.putIfAbsent(job.id(), job));
                if (pendingOrder == null) {
                    pendingOrder = jobs.stream().map(Job::id).toList();
                }
            }
            showStats(next.stats());
            frames.start();
        } else {
            frames.stop();
            summary.setText(Bundle.QueuePanel_noQueue());
        }
        updateButtons();
    }

    /**
     * The context menu of a job's row: an unconfirmed create offers to check the server again or to send it again
     * (for every unconfirmed job selected). The queue's methods return at once; the network is used on its threads.
     */
    Action[] jobActions(Job job) {
        List<Action> actions = new java.util.ArrayList<>();
        if (job.state() == JobState.COMPLETED && job.videoId() != null) {
            actions.add(deriveAction(job, Derivation.Kind.EXTEND, Bundle.QueuePanel_extend(), Bundle.QueuePanel_extendTip()));
            actions.add(deriveAction(job, Derivation.Kind.EDIT, Bundle.QueuePanel_edit(), Bundle.QueuePanel_editTip()));
        }
        ClipDetailsViewer details = Lookup.getDefault().lookup(ClipDetailsViewer.class);
        if (job.sidecarFile() != null && details != null) {
            actions.add(detailsAction(job.sidecarFile(), details));
        }
        if (!actions.isEmpty()) {
            return actions.toArray(Action[]::new);
        }
        if (job.state() != JobState.UNCONFIRMED || queue == null) {
            return new Action[0];
        }
        return new Action[]{
            unconfirmedAction(Bundle.QueuePanel_checkAgain(), Bundle.QueuePanel_checkAgainTip(), queue::checkAgain),
            unconfirmedAction(Bundle.QueuePanel_sendAgain(), Bundle.QueuePanel_sendAgainTip(), queue::sendAgain)
        };
    }

    /** Extend… / Edit…: the dialog that queues a clip made from this completed one, through the studio's queue. */
    private Action deriveAction(Job job, Derivation.Kind kind, String name, String tip) {
        AbstractAction action = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                GenerationQueue target = Lookup.getDefault().lookup(GenerationQueue.class);
                if (target == null) {
                    message.setText(Bundle.QueuePanel_noGenerationQueue());
                    return;
                }
                DerivedClipDialog.show(QueuePanel.this, kind, ClipSidecar.of(job).orElseThrow(), derivation -> {
                    target.enqueue(derivation);
                    message.setText(kind == Derivation.Kind.EXTEND ? Bundle.QueuePanel_extendQueued()
                            : Bundle.QueuePanel_editQueued());
                });
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, tip);
        return action;
    }

    /** A finished clip's request and the server's answer, in the details viewer (a module that may be switched off). */
    private static Action detailsAction(Path sidecar, ClipDetailsViewer details) {
        AbstractAction action = new AbstractAction(Bundle.QueuePanel_details()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                details.show(sidecar);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, Bundle.QueuePanel_detailsTip());
        return action;
    }

    private Action unconfirmedAction(String name, String tip, Consumer<String> command) {
        AbstractAction action = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                RenderQueue current = queue;
                if (current == null) {
                    return;
                }
                // the queue's word on each job, not the row's: rows take changes in batches and may be a moment behind
                List<String> chosen = selectedJobs().stream().map(job -> current.job(job.id())).flatMap(Optional::stream)
                        .filter(job -> job.state() == JobState.UNCONFIRMED).map(Job::id).toList();
                chosen.forEach(command);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, tip);
        return action;
    }

    /** Jobs in the selection, in queue order. */
    List<Job> selectedJobs() {
        return Arrays.stream(manager.getSelectedNodes()).filter(JobNode.class::isInstance)
                .map(node -> ((JobNode) node).job()).toList();
    }

    private JPanel toolbar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 2));
        pause.setName("pause");
        for (JComponent c : new JComponent[]{play, cancel, retry, up, down, pause, cancelAll, resumeById, clearFinished, copyId}) {
            bar.add(c);
        }
        copyId.setToolTipText(Bundle.QueuePanel_copyIdTip());
        clearFinished.setToolTipText(Bundle.QueuePanel_clearFinishedTip());
        // a narrow window cuts the row of buttons instead of forcing its whole column wider
        bar.setMinimumSize(new java.awt.Dimension(0, bar.getPreferredSize().height));
        return bar;
    }

    private JPanel statusLine() {
        JPanel line = new JPanel(new BorderLayout());
        line.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        summary.setName("summary");
        message.setName("message");
        line.add(summary, BorderLayout.WEST);
        line.add(message, BorderLayout.EAST);
        return line;
    }

    private void wireCommands() {
        play.addActionListener(e -> selectedJobs().stream().filter(ClipPlayback::canPlay).findFirst()
                .flatMap(ClipPlayback::play).ifPresent(message::setText));
        cancel.addActionListener(e -> selectedJobs().forEach(job -> queue.cancel(job.id())));
        retry.addActionListener(e -> selectedJobs().forEach(job -> queue.retry(job.id())));
        up.addActionListener(e -> move(-1));
        down.addActionListener(e -> move(1));
        pause.addActionListener(e -> {
            if (pause.isSelected()) {
                queue.pause();
            } else {
                queue.resume();
            }
        });
        cancelAll.addActionListener(e -> confirmCancelAll());
        resumeById.addActionListener(e -> askVideoId());
        clearFinished.addActionListener(e -> queue.clearFinished());
        AbstractAction copy = new AbstractAction(Bundle.QueuePanel_copyId()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                copySelectedId();
            }
        };
        copyId.addActionListener(copy);
        KeyStroke ctrlJ = KeyStroke.getKeyStroke(KeyEvent.VK_J, InputEvent.CTRL_DOWN_MASK);
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(ctrlJ, "copyJobId");
        getActionMap().put("copyJobId", copy);
        // the table's own key handling (quick search) swallows Ctrl+J before bindings run
        view.getOutline().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (KeyStroke.getKeyStrokeForEvent(e).equals(ctrlJ)) {
                    e.consume();
                    copySelectedId();
                }
            }
        });
    }

    private void move(int offset) {
        List<Job> selected = new ArrayList<>(selectedJobs());
        if (offset > 0) {
            java.util.Collections.reverse(selected);
        }
        selected.forEach(job -> queue.move(job.id(), offset));
    }

    private void confirmCancelAll() {
        int unfinished = queue.stats().unfinished();
        if (unfinished == 0) {
            return;
        }
        NotifyDescriptor ask = new NotifyDescriptor.Confirmation(Bundle.QueuePanel_confirmCancelAll(unfinished),
                Bundle.QueuePanel_cancelAll(), NotifyDescriptor.OK_CANCEL_OPTION, NotifyDescriptor.WARNING_MESSAGE);
        if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.OK_OPTION) {
            queue.cancelAll();
        }
    }

    private void askVideoId() {
        NotifyDescriptor.InputLine ask = new NotifyDescriptor.InputLine(Bundle.QueuePanel_resumePrompt(),
                Bundle.QueuePanel_resumeTitle());
        if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.OK_OPTION) {
            resumeVideo(ask.getInputText());
        }
    }

    /** Follows a pasted video id; a malformed one is explained in the status line. */
    void resumeVideo(String videoId) {
        try {
            queue.resumeVideo(videoId, activeProfile.get());
            message.setText(" ");
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
    }

    void copySelectedId() {
        List<Job> selected = selectedJobs();
        if (selected.isEmpty()) {
            return;
        }
        String id = selected.get(0).displayId();
        try {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(id), null);
            message.setText(Bundle.QueuePanel_copied(id));
        } catch (IllegalStateException busy) {
            message.setText(Bundle.QueuePanel_clipboardBusy(id));
        }
    }

    private void updateButtons() {
        List<Job> selected = queue == null ? List.of() : selectedJobs();
        cancel.setEnabled(selected.stream().anyMatch(job -> !job.state().isTerminal()));
        retry.setEnabled(selected.stream().anyMatch(job -> job.state() == JobState.FAILED || job.state() == JobState.CANCELLED));
        boolean queuedOnly = !selected.isEmpty() && selected.stream().allMatch(job -> job.state() == JobState.QUEUED);
        up.setEnabled(queuedOnly);
        down.setEnabled(queuedOnly);
        copyId.setEnabled(!selected.isEmpty());
        play.setEnabled(selected.stream().anyMatch(ClipPlayback::canPlay));
        pause.setEnabled(queue != null);
        cancelAll.setEnabled(queue != null);
        resumeById.setEnabled(queue != null);
        clearFinished.setEnabled(queue != null);
    }

    private void showStats(QueueStats stats) {
        String text = stats.total() == 0 ? Bundle.QueuePanel_empty()
                : Bundle.QueuePanel_summary(stats.total(), stats.queued(), stats.running(), stats.downloading(),
                        stats.completed(), stats.failed(), stats.cancelled());
        if (stats.eta() != null && stats.unfinished() > 0) {
            text += " · " + Bundle.QueuePanel_eta(BatchProgress.format(stats.eta()));
        }
        if (stats.paused()) {
            text += " · " + (stats.pauseReason().isEmpty() ? Bundle.QueuePanel_paused()
                    : Bundle.QueuePanel_pausedBecause(stats.pauseReason()));
        }
        if (stats.unconfirmed() > 0) {
            text += " · " + Bundle.QueuePanel_unconfirmed(stats.unconfirmed());
        }
        summary.setText(text);
        pause.setSelected(stats.paused());
    }

    /** One frame: takes in what arrived since the last one, within the frame's row and time budget; EDT. */
    void flush() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(FRAME_BUDGET_MILLIS);
        List<Job> jobs = new ArrayList<>();
        QueueStats stats;
        synchronized (pendingJobs) {
            var taken = pendingJobs.values().iterator();
            while (taken.hasNext() && jobs.size() < ROWS_PER_FRAME) {
                jobs.add(taken.next());
                taken.remove();
            }
            if (pendingOrder != null) {
                order = pendingOrder;
                orderChanged = true;
                pendingOrder = null;
            }
            stats = pendingStats;
            pendingStats = null;
        }
        int added = 0;
        int done = 0;
        for (Job job : jobs) {
            if (System.nanoTime() > deadline) {
                break;
            }
            added += rows.update(job) ? 1 : 0;
            done++;
        }
        if (done < jobs.size()) {
            // over the frame's time: the rest waits for the next frame (unless a newer state arrived meanwhile)
            synchronized (pendingJobs) {
                jobs.subList(done, jobs.size()).forEach(job -> pendingJobs.putIfAbsent(job.id(), job));
            }
        }
        if (orderChanged || added > 0) {
            Node[] selection = manager.getSelectedNodes();
            rows.order(order);
            orderChanged = false;
            if (selection.length > 0) {
                try {
                    manager.setSelectedNodes(selection);
                } catch (java.beans.PropertyVetoException e) {
                    // the selection is only a convenience
                }
            }
        }
        if (stats != null) {
            showStats(stats);
        }
        if (!jobs.isEmpty() || stats != null) {
            updateButtons();
        }
    }

    /** Nothing waits for a frame (tests wait for this before looking at the rows). */
    boolean settled() {
        synchronized (pendingJobs) {
            return pendingJobs.isEmpty() && pendingOrder == null && pendingStats == null;
        }
    }

    private JButton button(String name, String text) {
        JButton button = new JButton(text);
        button.setName(name);
        return button;
    }

    /** Collects events on the queue's thread for the next flush. */
    private final class Listener implements QueueListener {
        @Override
        public void jobChanged(Job job) {
            synchronized (pendingJobs) {
                pendingJobs.put(job.id(), job);
            }
        }

        @Override
        public void orderChanged(List<String> jobIds) {
            synchronized (pendingJobs) {
                pendingOrder = jobIds;
            }
        }

        @Override
        public void statsChanged(QueueStats stats) {
            synchronized (pendingJobs) {
                pendingStats = stats;
            }
        }
    }
}
