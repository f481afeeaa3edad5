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
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureExplainer;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/**
 * "Explain Failure…": a failed job in the studio's error panel, which the diagnostics module provides (an optional
 * module: without it the action is not offered). Jobs failed before failures were recorded keep only their status text.
 */
@Messages({
    "FailureExplanation.name=Explain Failure…",
    "FailureExplanation.tip=What went wrong, what to do next, the request ids, and a report for an issue"
})
final class FailureExplanation {

    private FailureExplanation() {
    }

    /**
     * The shot a created job was made from, to send it again changed (a rewritten prompt keeps the shot's id, so the
     * new job is the same shot's next attempt); {@code null} for an extension, edit or remix, which are not shots.
     */
    private static Shot shotOf(JobSpec spec) {
        if (spec.kind() != JobSpec.Kind.CREATE || spec.shotId() == null) {
            return null;
        }
        return ShotFollower.shotOf(spec);
    }

    /** The action for {@code job}, or {@code null} when it has no recorded failure or {@code services} has no explainer. */
    static Action forJob(Job job, Lookup services) {
        FailureExplainer explainer = services.lookup(FailureExplainer.class);
        if (explainer == null || job.state() != JobState.FAILED || job.failed().isEmpty()) {
            return null;
        }
        FailedWork work = new FailedWork(JobColumn.shortPrompt(job), job.spec().prompt(), job.spec().profile(), job.videoId(),
                job.failed().get(), shotOf(job.spec()));
        AbstractAction action = new AbstractAction(Bundle.FailureExplanation_name()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                explainer.explain(work);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, Bundle.FailureExplanation_tip());
        return action;
    }
}
