package org.sorastudio.queue.ui;

import java.util.HashMap;
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

    /** @param actions the context menu of a job's row */
    JobChildren(Function<Job, Action[]> actions) {
        this.actions = actions;
    }

    void update(Job job) {
        JobNode node = nodes.get(job.id());
        if (node == null) {
            nodes.put(job.id(), new JobNode(job, actions));
        } else {
            node.update(job);
        }
    }

    void order(List<String> ids) {
        nodes.keySet().retainAll(ids);
        setKeys(ids.stream().filter(nodes::containsKey).toList());
    }

    void clear() {
        nodes.clear();
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
