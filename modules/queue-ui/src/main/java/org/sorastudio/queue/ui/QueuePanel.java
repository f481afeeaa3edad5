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

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Actions;
import org.openide.awt.Mnemonics;
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
 * {@link #FRAME_MILLIS} ms, at most {@link #ROWS_PER_FRAME} jobs per frame, into a {@link JobTableModel} that
 * tells the table about the rows that changed in a few ranges. A batch of 10,000 jobs arrives as rows added two
 * thousand at a time and never stalls the EDT, and a busy queue costs a handful of repaints a second, not one per
 * event. The selected jobs, and only they, are
 * {@link JobNode}s ({@link #selectedNodes}): what the window's Lookup offers the rest of the studio.
 */
@Messages({
    "QueuePanel.shot=Shot",
    "QueuePanel.cancel=&Cancel",
    "QueuePanel.retry=&Retry",
    "QueuePanel.up=&Move Up",
    "QueuePanel.down=Move &Down",
    "QueuePanel.pause=P&ause",
    "QueuePanel.cancelAll=Ca&ncel All",
    "QueuePanel.resumeById=Resume &by Video ID…",
    "QueuePanel.clearFinished=Clear &Finished",
    "QueuePanel.clearFinishedTip=Remove completed, failed and cancelled jobs from the list (their files stay)",
    "QueuePanel.copyId=Copy &ID",
    "QueuePanel.play=&Play",
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
    "QueuePanel.summary={0,choice,0#0 jobs|1#1 job|1<{0,number,integer} jobs}: {1} queued, {2} running, {3} downloading, "
            + "{4} completed, {5} failed, {6} cancelled",
    "# {0} - eta", "QueuePanel.eta=ETA {0}",
    "QueuePanel.paused=Paused",
    "# {0} - reason", "QueuePanel.pausedBecause=Paused: {0}",
    "# {0} - count",
    "QueuePanel.confirmCancelAll=Cancel all {0} unfinished jobs? Jobs already on the server are deleted there where the API allows.",
    "QueuePanel.resumeTitle=Resume by Video ID",
    "QueuePanel.resumePrompt=Video id (e.g. video_68e3…):",
    "# {0} - id", "QueuePanel.copied=Copied {0}",
    "# {0} - id", "QueuePanel.clipboardBusy=The clipboard is busy; the id is {0}"
})
public final class QueuePanel extends JPanel {

    static final int FRAME_MILLIS = 100;
    /** A few milliseconds of work for the model: a 10,000-job journal fills the window in five frames. */
    static final int ROWS_PER_FRAME = 2000;
    /** Fired when {@link #selectedNodes} changes. */
    public static final String PROP_SELECTED_NODES = "selectedNodes";

    private final JobTableModel rows = new JobTableModel(new JobTableModel.SelectionKeeper() {
        @Override
        public Set<String> selectedIds() {
            return selectedJobs().stream().map(Job::id).collect(java.util.stream.Collectors.toCollection(HashSet::new));
        }

        @Override
        public void select(Set<String> ids) {
            selectJobs(ids);
        }
    });
    private final JTable table = new JTable(rows);
    /** What other modules note on jobs (e.g. a failed post-processing); read by the status cells and the context menu. */
    private final JobAnnotations annotations = new JobAnnotations(Lookup.getDefault());
    /** The notes' revision the rows were last painted with. EDT only. */
    private long annotationsPainted;
    /** The selected jobs' nodes, by job id, in queue order. EDT only. */
    private Map<String, JobNode> selectedNodes = Map.of();
    private final JButton cancel = button("cancel", Bundle.QueuePanel_cancel());
    private final JButton retry = button("retry", Bundle.QueuePanel_retry());
    private final JButton up = button("moveUp", Bundle.QueuePanel_up());
    private final JButton down = button("moveDown", Bundle.QueuePanel_down());
    private final JToggleButton pause = new JToggleButton();
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
    private final javax.swing.Timer frames = new javax.swing.Timer(FRAME_MILLIS, e -> flush());
    private RenderQueue queue;

    /** @param activeProfile the profile a job resumed by video id runs on */
    public QueuePanel(Supplier<String> activeProfile) {
        super(new BorderLayout());
        Mnemonics.setLocalizedText(pause, Bundle.QueuePanel_pause());
        this.activeProfile = activeProfile;
        setUpTable();
        add(toolbar(), BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(statusLine(), BorderLayout.SOUTH);
        wireCommands();
        updateButtons();
    }

    @Messages({
        "QueuePanel.jobsName=Jobs",
        "QueuePanel.jobsDescription=One row per job. Enter plays a finished clip, Ctrl+J copies its id, Shift+F10 opens its menu"
    })
    private void setUpTable() {
        table.getAccessibleContext().setAccessibleName(Bundle.QueuePanel_jobsName());
        table.getAccessibleContext().setAccessibleDescription(Bundle.QueuePanel_jobsDescription());
        table.setName("jobs");
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        for (JobColumn column : JobColumn.values()) {
            table.getColumnModel().getColumn(column.ordinal()).setPreferredWidth(column.preferredWidth);
        }
        table.setDefaultRenderer(Job.class, new ProgressBar());
        table.setRowSorter(sorter());
        TableColumn shot = table.getColumnModel().getColumn(JobColumn.SHOT.ordinal());
        shot.setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable jobs, Object value, boolean selected, boolean focused,
                    int row, int column) {
                super.getTableCellRendererComponent(jobs, value, selected, focused, row, column);
                setToolTipText(jobAt(row).spec().prompt());
                return this;
            }
        });
        table.getColumnModel().getColumn(JobColumn.STATUS_TEXT.ordinal())
                .setCellRenderer(new AnnotatedStatusRenderer(annotations, this::jobAt));
        table.getSelectionModel().addListSelectionListener(event -> {
            if (!event.getValueIsAdjusting()) {
                selectionChanged();
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                showContextMenu(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                showContextMenu(e);
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && javax.swing.SwingUtilities.isLeftMouseButton(e)
                        && table.rowAtPoint(e.getPoint()) >= 0) {
                    openSelected();
                }
            }
        });
        // the keys the explorer views have: Enter runs the default action, Shift+F10 or the menu key opens the menu
        table.getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openJob");
        table.getActionMap().put("openJob", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                openSelected();
            }
        });
        AbstractAction menuKey = new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                int row = table.getSelectionModel().getLeadSelectionIndex();
                if (row >= 0 && row < table.getRowCount()) {
                    Rectangle cell = table.getCellRect(row, 0, true);
                    showContextMenu(row, cell.x + cell.width / 2, cell.y + cell.height / 2);
                }
            }
        };
        table.getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_F10, InputEvent.SHIFT_DOWN_MASK), "jobMenu");
        table.getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_CONTEXT_MENU, 0), "jobMenu");
        table.getActionMap().put("jobMenu", menuKey);
    }

    /**
     * Sorting by a column's header, as explorer tables do; unsorted, the rows are in queue order, which Move Up and
     * Down change. A sorted table is not sorted again as jobs change (only as rows come and go), so rows do not jump
     * under the pointer; text compares by character, cheap enough to sort 10,000 rows within a frame.
     */
    private TableRowSorter<JobTableModel> sorter() {
        TableRowSorter<JobTableModel> sorter = new TableRowSorter<>(rows);
        sorter.setSortsOnUpdates(false);
        for (JobColumn column : JobColumn.values()) {
            sorter.setComparator(column.ordinal(), switch (column) {
                case PROGRESS -> Comparator.comparingInt(Job::progress);
                case SECONDS -> Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
                default -> Comparator.naturalOrder();
            });
        }
        return sorter;
    }

    /** A right-click on a row selects it (unless it is selected already) and opens its context menu. */
    private void showContextMenu(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return;
        }
        int row = table.rowAtPoint(e.getPoint());
        if (row < 0) {
            return;
        }
        if (!table.isRowSelected(row)) {
            table.setRowSelectionInterval(row, row);
        }
        showContextMenu(row, e.getX(), e.getY());
    }

    /** The job in a row of the table as it shows it (sorted or not). */
    private Job jobAt(int viewRow) {
        return rows.job(table.convertRowIndexToModel(viewRow));
    }

    /** The row's job's actions ({@link #jobActions}), as a popup at ({@code x}, {@code y}) of the table; none, no menu. */
    private void showContextMenu(int row, int x, int y) {
        Action[] actions = jobActions(jobAt(row));
        if (actions.length == 0) {
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        for (Action action : actions) {
            menu.add(action).setToolTipText((String) action.getValue(Action.SHORT_DESCRIPTION));
        }
        menu.show(table, x, y);
    }

    /** Double-click and Enter: a finished clip plays; a failed job's failure is explained (as JobNode's preferred action). */
    private void openSelected() {
        List<Job> selected = selectedJobs();
        if (selected.stream().anyMatch(ClipPlayback::canPlay)) {
            playSelected();
            return;
        }
        selected.stream().filter(job -> job.state() == JobState.FAILED).findFirst()
                .map(job -> FailureExplanation.forJob(job, Lookup.getDefault()))
                .ifPresent(explain -> explain.actionPerformed(null));
    }

    private void playSelected() {
        selectedJobs().stream().filter(ClipPlayback::canPlay).findFirst()
                .flatMap(ClipPlayback::play).ifPresent(message::setText);
    }

    /** The rows as the table shows them; EDT only. */
    JobTableModel rows() {
        return rows;
    }

    /** The selected jobs as nodes, for the window's Lookup (activated nodes); EDT only. */
    public org.openide.nodes.Node[] selectedNodes() {
        return selectedNodes.values().toArray(org.openide.nodes.Node[]::new);
    }

    /** Follows the table's selection: the buttons, and a node per selected job (kept while its job stays selected). */
    private void selectionChanged() {
        Map<String, JobNode> next = new LinkedHashMap<>();
        for (Job job : selectedJobs()) {
            JobNode node = selectedNodes.get(job.id());
            next.put(job.id(), node != null ? node : new JobNode(job, this::jobActions));
        }
        if (!List.copyOf(next.keySet()).equals(List.copyOf(selectedNodes.keySet()))) {
            selectedNodes = next;
            firePropertyChange(PROP_SELECTED_NODES, null, selectedNodes());
        }
        updateButtons();
    }

    /** Selects the rows of these jobs (and no others); jobs without a row are passed over. */
    void selectJobs(Set<String> ids) {
        ListSelectionModel selection = table.getSelectionModel();
        selection.setValueIsAdjusting(true);
        selection.clearSelection();
        for (String id : ids) {
            int row = rows.rowOf(id);
            if (row >= 0) {
                int shown = table.convertRowIndexToView(row);
                selection.addSelectionInterval(shown, shown);
            }
        }
        selection.setValueIsAdjusting(false);
    }

    /** Shows {@code next} (or nothing); EDT only. */
    public void setQueue(RenderQueue next) {
        if (queue != null) {
            queue.removeListener(listener);
        }
        queue = next;
        rows.clear();
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
     * The context menu of a job's row: a completed clip offers Extend, Edit and its details, a failed job Explain
     * Failure, a job another module noted what that module offers (e.g. Retry Post-processing), an unconfirmed
     * create to check the server again or to send it again (for every unconfirmed job selected). The queue's methods
     * return at once; the network is used on its threads.
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
        Action explain = FailureExplanation.forJob(job, Lookup.getDefault());
        if (explain != null) {
            actions.add(explain);
        }
        actions.addAll(annotations.actions(job.id()));
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
        return java.util.Arrays.stream(table.getSelectedRows()).map(table::convertRowIndexToModel).sorted()
                .mapToObj(rows::job).toList();
    }

    private JPanel toolbar() {
        JPanel bar = new JPanel(new WrappingFlowLayout(FlowLayout.LEADING, 4, 2));
        pause.setName("pause");
        for (JComponent c : new JComponent[]{play, cancel, retry, up, down, pause, cancelAll, resumeById, clearFinished, copyId}) {
            bar.add(c);
        }
        copyId.setToolTipText(Bundle.QueuePanel_copyIdTip());
        clearFinished.setToolTipText(Bundle.QueuePanel_clearFinishedTip());
        // a narrow window wraps the buttons into a second row instead of cutting them or forcing its column wider
        return bar;
    }

    private JPanel statusLine() {
        JPanel line = new JPanel(new BorderLayout());
        line.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        summary.setName("summary");
        message.setName("message");
        line.add(summary, BorderLayout.WEST);
        line.add(message, BorderLayout.EAST);
        // a long pause reason is cut rather than widening the main window's column
        line.setMinimumSize(new java.awt.Dimension(0, line.getPreferredSize().height));
        return line;
    }

    private void wireCommands() {
        play.addActionListener(e -> playSelected());
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
        AbstractAction copy = new AbstractAction(Actions.cutAmpersand(Bundle.QueuePanel_copyId())) {
            @Override
            public void actionPerformed(ActionEvent e) {
                copySelectedId();
            }
        };
        copyId.addActionListener(copy);
        KeyStroke ctrlJ = KeyStroke.getKeyStroke(KeyEvent.VK_J, InputEvent.CTRL_DOWN_MASK);
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(ctrlJ, QueueShortcuts.COPY_JOB_ID);
        getActionMap().put(QueueShortcuts.COPY_JOB_ID, copy);
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
                Actions.cutAmpersand(Bundle.QueuePanel_cancelAll()), NotifyDescriptor.OK_CANCEL_OPTION, NotifyDescriptor.WARNING_MESSAGE);
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

    /**
     * One frame: takes in what arrived since the last one, at most {@link #ROWS_PER_FRAME} jobs (the rest waits for
     * the next frame, unless a newer state arrives meanwhile), as one batch for the table; EDT.
     */
    void flush() {
        List<Job> jobs = new ArrayList<>();
        List<String> order;
        QueueStats stats;
        synchronized (pendingJobs) {
            var taken = pendingJobs.values().iterator();
            while (taken.hasNext() && jobs.size() < ROWS_PER_FRAME) {
                jobs.add(taken.next());
                taken.remove();
            }
            order = pendingOrder;
            pendingOrder = null;
            stats = pendingStats;
            pendingStats = null;
        }
        if (!jobs.isEmpty() || order != null) {
            for (Job updated : rows.apply(jobs, order)) {
                JobNode node = selectedNodes.get(updated.id());
                if (node != null) {
                    node.update(updated);
                }
            }
        }
        if (stats != null) {
            showStats(stats);
        }
        long annotated = annotations.revision();
        if (annotated != annotationsPainted) {
            annotationsPainted = annotated;
            table.repaint(); // the visible rows only; the notes are read as they paint
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

    /** The job table is where a person starts: focusing the panel focuses it. */
    @Override
    public boolean requestFocusInWindow() {
        return table.requestFocusInWindow();
    }

    private JButton button(String name, String text) {
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, text);
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
