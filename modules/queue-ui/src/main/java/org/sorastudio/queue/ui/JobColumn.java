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

import java.time.Duration;
import java.util.function.Function;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/**
 * The columns of the Queue window and what each shows of a job, in words: one definition for the table's cells and
 * the selected job's property sheet ({@link JobNode}).
 */
@Messages({
    "JobColumn.model=Model",
    "JobColumn.size=Size",
    "JobColumn.seconds=Seconds",
    "JobColumn.asSource=as its source",
    "# {0} - seconds added",
    "JobColumn.addedSeconds=+{0}",
    "JobColumn.status=Status",
    "JobColumn.progress=Progress",
    "JobColumn.eta=ETA",
    "JobColumn.statusText=Last status",
    "JobColumn.ids=Video / request id",
    "JobColumn.noPrompt=(video followed by id)",
    "JobState.QUEUED=Queued",
    "JobState.SUBMITTING=Submitting",
    "JobState.IN_PROGRESS=In progress",
    "JobState.DOWNLOADING=Downloading",
    "JobState.COMPLETED=Completed",
    "JobState.FAILED=Failed",
    "JobState.CANCELLED=Cancelled",
    "JobState.UNCONFIRMED=Unconfirmed"
})
enum JobColumn {
    SHOT("shot", Bundle.QueuePanel_shot(), 320, JobColumn::shortPrompt),
    MODEL("model", Bundle.JobColumn_model(), 90, job -> derived(job) ? Bundle.JobColumn_asSource() : job.spec().model()),
    SIZE("size", Bundle.JobColumn_size(), 80, job -> derived(job) ? Bundle.JobColumn_asSource() : job.spec().size()),
    SECONDS("seconds", Bundle.JobColumn_seconds(), 60, JobColumn::seconds),
    STATUS("status", Bundle.JobColumn_status(), 90, job -> stateName(job.state())),
    /** Drawn as a bar ({@link ProgressBar}); its text is the percentage. */
    PROGRESS("progress", Bundle.JobColumn_progress(), 120, job -> Integer.toString(job.progress())),
    ETA("eta", Bundle.JobColumn_eta(), 60, JobColumn::eta),
    STATUS_TEXT("statusText", Bundle.JobColumn_statusText(), 260, Job::statusText),
    IDS("ids", Bundle.JobColumn_ids(), 300, JobColumn::serverId);

    private static final int NAME_LENGTH = 80;

    /** The property's name in {@link JobNode}'s sheet. */
    final String property;
    final String displayName;
    final int preferredWidth;
    private final Function<Job, String> text;

    JobColumn(String property, String displayName, int preferredWidth, Function<Job, String> text) {
        this.property = property;
        this.displayName = displayName;
        this.preferredWidth = preferredWidth;
        this.text = text;
    }

    /** What the cell says for {@code job}, never {@code null}. */
    String text(Job job) {
        String value = text.apply(job);
        return value == null ? "" : value;
    }

    /** An extension or an edit: the server takes model and size from the source video. */
    private static boolean derived(Job job) {
        return job.spec().kind() == JobSpec.Kind.EXTEND || job.spec().kind() == JobSpec.Kind.EDIT;
    }

    /** The length asked for; an extension's is the new segment, added to the source's. */
    private static String seconds(Job job) {
        int seconds = job.spec().seconds();
        if (seconds <= 0) {
            return "";
        }
        return job.spec().kind() == JobSpec.Kind.EXTEND ? Bundle.JobColumn_addedSeconds(seconds) : Integer.toString(seconds);
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

    /**
     * The prompt on one line (each run of white space one space), cut to {@link #NAME_LENGTH} characters: the row's
     * name. Asked for every painted row, so it reads no further into a long prompt than the name needs.
     */
    static String shortPrompt(Job job) {
        return shortPrompt(job.spec().prompt());
    }

    /** {@code text} as a row's name: on one line, cut to {@link #NAME_LENGTH} characters. */
    static String shortPrompt(String text) {
        String prompt = text.strip();
        if (prompt.isEmpty()) {
            return Bundle.JobColumn_noPrompt();
        }
        StringBuilder name = new StringBuilder(Math.min(prompt.length(), NAME_LENGTH + 1));
        for (int i = 0; i < prompt.length(); i++) {
            if (name.length() == NAME_LENGTH) {
                return name.append('…').toString();
            }
            char c = prompt.charAt(i);
            if (!Character.isWhitespace(c)) {
                name.append(c);
            } else if (name.charAt(name.length() - 1) != ' ') {
                name.append(' ');
            }
        }
        return name.toString();
    }
}
