package org.sorastudio.queue.ui;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.function.Function;
import javax.swing.Action;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/** One job as a row of the Queue window: the prompt as its name, the rest as read-only columns. */
@Messages({
    "JobNode.model=Model",
    "JobNode.size=Size",
    "JobNode.seconds=Seconds",
    "JobNode.asSource=as its source",
    "# {0} - seconds added",
    "JobNode.addedSeconds=+{0}",
    "JobNode.status=Status",
    "JobNode.progress=Progress",
    "JobNode.eta=ETA",
    "JobNode.statusText=Last status",
    "JobNode.ids=Video / request id",
    "JobNode.noPrompt=(video followed by id)",
    "JobState.QUEUED=Queued",
    "JobState.SUBMITTING=Submitting",
    "JobState.IN_PROGRESS=In progress",
    "JobState.DOWNLOADING=Downloading",
    "JobState.COMPLETED=Completed",
    "JobState.FAILED=Failed",
    "JobState.CANCELLED=Cancelled",
    "JobState.UNCONFIRMED=Unconfirmed"
})
final class JobNode extends AbstractNode {

    static final String MODEL = "model";
    static final String SIZE = "size";
    static final String SECONDS = "seconds";
    static final String STATUS = "status";
    static final String PROGRESS = "progress";
    static final String ETA = "eta";
    static final String STATUS_TEXT = "statusText";
    static final String IDS = "ids";
    private static final int NAME_LENGTH = 80;

    private volatile Job job;
    private final Function<Job, Action[]> actions;

    /** @param actions the context menu for a job */
    JobNode(Job job, Function<Job, Action[]> actions) {
        super(Children.LEAF);
        this.job = job;
        this.actions = actions;
        setName(job.id());
        setDisplayName(displayName(job));
        setShortDescription(job.spec().prompt());
    }

    /** Double-click (or Enter) plays a finished clip, or explains a failed job's failure. */
    @Override
    public javax.swing.Action getPreferredAction() {
        Job current = job();
        if (current.state() == JobState.FAILED) {
            return FailureExplanation.forJob(current, org.openide.util.Lookup.getDefault());
        }
        if (!ClipPlayback.canPlay(current)) {
            return null;
        }
        return new javax.swing.AbstractAction(Bundle.QueuePanel_play()) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                ClipPlayback.play(current);
            }
        };
    }

    @Override
    public Action[] getActions(boolean context) {
        return actions.apply(job());
    }

    Job job() {
        return job;
    }

    /** Takes in the job's latest state, telling the table only about the columns that changed. */
    void update(Job next) {
        Job previous = job;
        job = next;
        if (previous.equals(next)) {
            return;
        }
        if (!previous.spec().equals(next.spec())) {
            setDisplayName(displayName(next));
            setShortDescription(next.spec().prompt());
            fire(MODEL, SIZE, SECONDS);
        }
        if (previous.state() != next.state()) {
            fire(STATUS, PROGRESS, ETA);
        } else {
            if (previous.progress() != next.progress()) {
                fire(PROGRESS);
            }
            if (!eta(previous).equals(eta(next))) {
                fire(ETA);
            }
        }
        if (!java.util.Objects.equals(previous.statusText(), next.statusText())) {
            fire(STATUS_TEXT);
        }
        if (!serverId(previous).equals(serverId(next))) {
            fire(IDS);
        }
    }

    private void fire(String... properties) {
        for (String property : properties) {
            firePropertyChange(property, null, null);
        }
    }

    /** An extension or an edit: the server takes model and size from the source video. */
    private boolean derived() {
        return job.spec().kind() == JobSpec.Kind.EXTEND || job.spec().kind() == JobSpec.Kind.EDIT;
    }

    /** The length asked for; an extension's is the new segment, added to the source's. */
    private String seconds() {
        int seconds = job.spec().seconds();
        if (seconds <= 0) {
            return "";
        }
        return job.spec().kind() == JobSpec.Kind.EXTEND ? Bundle.JobNode_addedSeconds(seconds) : Integer.toString(seconds);
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.put(text(MODEL, Bundle.JobNode_model(), () -> derived() ? Bundle.JobNode_asSource() : job.spec().model()));
        set.put(text(SIZE, Bundle.JobNode_size(), () -> derived() ? Bundle.JobNode_asSource() : job.spec().size()));
        set.put(text(SECONDS, Bundle.JobNode_seconds(), this::seconds));
        set.put(text(STATUS, Bundle.JobNode_status(), () -> stateName(job.state())));
        set.put(new ProgressProperty(PROGRESS, Bundle.JobNode_progress(), this::job));
        set.put(text(ETA, Bundle.JobNode_eta(), () -> eta(job)));
        set.put(text(STATUS_TEXT, Bundle.JobNode_statusText(), () -> job.statusText()));
        set.put(text(IDS, Bundle.JobNode_ids(), () -> serverId(job)));
        sheet.put(set);
        return sheet;
    }

    /** The video id, else the latest request id: what the server's operator can look up. */
    static String serverId(Job job) {
        if (job.videoId() != null) {
            return job.videoId();
        }
        return job.requestIds().isEmpty() ? "" : job.requestIds().get(job.requestIds().size() - 1);
    }

    static String stateName(JobState state) {
        return switch (state) {
            case QUEUED -> Bundle.JobState_QUEUED();
            case SUBMITTING -> Bundle.JobState_SUBMITTING();
            case IN_PROGRESS -> Bundle.JobState_IN_PROGRESS();
            case DOWNLOADING -> Bundle.JobState_DOWNLOADING();
            case COMPLETED -> Bundle.JobState_COMPLETED();
            case FAILED -> Bundle.JobState_FAILED();
            case CANCELLED -> Bundle.JobState_CANCELLED();
            case UNCONFIRMED -> Bundle.JobState_UNCONFIRMED();
        };
    }

    static String eta(Job job) {
        Duration eta = job.eta();
        if (eta == null || job.state().isTerminal()) {
            return "";
        }
        return BatchProgress.format(eta);
    }

    static String displayName(Job job) {
        String prompt = job.spec().prompt().isBlank() ? Bundle.JobNode_noPrompt() : job.spec().prompt().strip();
        prompt = prompt.replaceAll("\\s+", " ");
        return prompt.length() > NAME_LENGTH ? prompt.substring(0, NAME_LENGTH) + "…" : prompt;
    }

    private static Node.Property<String> text(String name, String displayName, java.util.function.Supplier<String> value) {
        Node.Property<String> property = new PropertySupport.ReadOnly<>(name, String.class, displayName, displayName) {
            @Override
            public String getValue() throws IllegalAccessException, InvocationTargetException {
                String text = value.get();
                return text == null ? "" : text;
            }
        };
        // read-only cells: no "..." button opening a text editor in every cell
        property.setValue("suppressCustomEditor", Boolean.TRUE);
        return property;
    }
}
