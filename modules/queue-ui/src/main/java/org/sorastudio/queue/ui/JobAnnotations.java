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
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.util.Lookup;
import org.openide.util.LookupListener;
import org.sorastudio.core.spi.JobAnnotator;
import org.sorastudio.core.spi.JobAnnotator.Annotation;

/**
 * The notes other modules put on jobs ({@link JobAnnotator}, e.g. "post-processing failed"), for the Queue window: what
 * a row's state cell adds, and the actions its context menu gets. Follows annotators coming and going with their
 * modules; with none installed every job has no note. EDT only, except {@link #revision}.
 */
final class JobAnnotations {

    private final Lookup.Result<JobAnnotator> result;
    /** Held here: the result forgets a listener nobody references. */
    private final LookupListener following;
    private volatile List<JobAnnotator> annotators;

    JobAnnotations(Lookup services) {
        result = services.lookupResult(JobAnnotator.class);
        following = event -> annotators = List.copyOf(result.allInstances());
        result.addLookupListener(following);
        annotators = List.copyOf(result.allInstances());
    }

    /** The notes on a job, in Lookup order; usually none. */
    List<Annotation> of(String jobId) {
        List<JobAnnotator> now = annotators;
        if (now.isEmpty()) {
            return List.of();
        }
        List<Annotation> notes = new ArrayList<>(1);
        for (JobAnnotator annotator : now) {
            annotator.annotation(jobId).ifPresent(notes::add);
        }
        return notes;
    }

    /** Moves whenever some annotator's notes changed (and when annotators come or go). */
    long revision() {
        long sum = 0;
        List<JobAnnotator> now = annotators;
        for (JobAnnotator annotator : now) {
            sum += annotator.revision();
        }
        return sum + now.size();
    }

    /** The context-menu actions the notes on a job offer. */
    List<Action> actions(String jobId) {
        List<Action> actions = new ArrayList<>();
        for (Annotation note : of(jobId)) {
            for (JobAnnotator.AnnotationAction offered : note.actions()) {
                AbstractAction action = new AbstractAction(offered.label()) {
                    @Override
                    public void actionPerformed(ActionEvent e) {
                        offered.run().run();
                    }
                };
                if (!offered.description().isEmpty()) {
                    action.putValue(Action.SHORT_DESCRIPTION, offered.description());
                }
                actions.add(action);
            }
        }
        return actions;
    }
}
