package org.sorastudio.queue.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import javax.swing.Action;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.sorastudio.queue.api.Job;

/** The rows of the Queue window in queue order; nodes are kept per job id, so selection survives reordering. EDT only. */
final class JobChildren extends Children.Keys<String> {

    private final java.util.Map<String, JobNode> nodes = new HashMap<>();
    private final Function<Job, Action[]> actions;
    private List<String> shown = List.of();

    /** @param actions the context menu of a job's row */
    JobChildren(Function<Job, Action[]> actions) {
        this.actions = actions;
    }

    /** @return whether the job got a new node (it shows once {@link #order} next runs) */
    boolean update(Job job) {
        JobNode node = nodes.get(job.id());
        if (node == null) {
            nodes.put(job.id(), new JobNode(job, actions));
            return true;
        }
        node.update(job);
        return false;
    }

    /** Shows the jobs of {@code ids} that have a node, in that order; linear in the number of jobs. */
    void order(List<String> ids) {
        nodes.keySet().retainAll(new HashSet<>(ids));
        List<String> keys = ids.stream().filter(nodes::containsKey).toList();
        if (!keys.equals(shown)) {
            shown = keys;
            setKeys(keys);
        }
    }

    void clear() {
        nodes.clear();
        shown = List.of();
        setKeys(List.of());
    }

    JobNode node(String id) {
        return nodes.get(id);
    }

    @Override
    protected Node[] createNodes(String id) {
        JobNode node = nodes.get(id);
        return node == null ? new Node[0] : new Node[]{node};
    }
}
