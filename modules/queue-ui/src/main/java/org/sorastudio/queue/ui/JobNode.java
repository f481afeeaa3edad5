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

import java.awt.event.ActionEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.awt.Actions;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.Lookup;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/**
 * A selected job as the rest of the studio sees it: the Queue window's activated node, with the prompt as its name,
 * the columns as read-only properties (the Properties window) and the row's context menu. Made for the selected jobs
 * only; the table itself draws from {@link JobTableModel}.
 */
final class JobNode extends AbstractNode {

    private volatile Job job;
    private final Function<Job, Action[]> actions;

    /** @param actions the context menu for a job */
    JobNode(Job job, Function<Job, Action[]> actions) {
        super(Children.LEAF);
        this.job = job;
        this.actions = actions;
        setName(job.id());
        setDisplayName(JobColumn.shortPrompt(job));
        setShortDescription(job.spec().prompt());
    }

    /** Double-click (or Enter) plays a finished clip, or explains a failed job's failure. */
    @Override
    public Action getPreferredAction() {
        Job current = job();
        if (current.state() == JobState.FAILED) {
            return FailureExplanation.forJob(current, Lookup.getDefault());
        }
        if (!ClipPlayback.canPlay(current)) {
            return null;
        }
        return new AbstractAction(Actions.cutAmpersand(Bundle.QueuePanel_play())) {
            @Override
            public void actionPerformed(ActionEvent e) {
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

    /** Takes in the job's latest state, telling the property sheet about the properties that changed. */
    void update(Job next) {
        Job previous = job;
        job = next;
        if (!previous.spec().equals(next.spec())) {
            setDisplayName(JobColumn.shortPrompt(next));
            setShortDescription(next.spec().prompt());
        }
        for (JobColumn column : JobColumn.values()) {
            if (column != JobColumn.SHOT && !column.text(previous).equals(column.text(next))) {
                firePropertyChange(column.property, null, null);
            }
        }
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        for (JobColumn column : JobColumn.values()) {
            if (column == JobColumn.PROGRESS) {
                set.put(new ProgressProperty(column.property, column.displayName, this::job));
            } else if (column != JobColumn.SHOT) {
                set.put(text(column));
            }
        }
        sheet.put(set);
        return sheet;
    }

    private Node.Property<String> text(JobColumn column) {
        Node.Property<String> property = new PropertySupport.ReadOnly<>(column.property, String.class, column.displayName,
                column.displayName) {
            @Override
            public String getValue() throws IllegalAccessException, InvocationTargetException {
                return column.text(job);
            }
        };
        // read-only cells: no "..." button opening a text editor
        property.setValue("suppressCustomEditor", Boolean.TRUE);
        return property;
    }
}
