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
package org.sorastudio.moderation.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Failure;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.PreflightReport;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueObserver;
import org.sorastudio.queue.api.RenderQueue;

/**
 * "Check every prompt before it is sent" (Tools > Options > Safety): before shots are queued from the Shot editor or
 * the CSV wizard, their prompts go through the server's moderation (each distinct prompt once, in arrays); when some
 * would be blocked, the user sees them and chooses whether to send the shots anyway. Nothing is paid for before that
 * answer. A server that cannot check says so in the status bar and the shots go as they would without the setting.
 */
@ServiceProvider(service = QueueObserver.class)
@Messages({
    "# {0} - how many would be blocked",
    "# {1} - how many shots",
    "# {2} - the prompts and why",
    "PreflightObserver.question={0} of {1} shots would be blocked by the server''s moderation:\n\n{2}\n\n"
            + "Send all {1} anyway? (Blocked shots may still be charged on some servers.) Choose No to change them first.",
    "PreflightObserver.title=Check before sending",
    "# {0} - how many would be blocked",
    "# {1} - how many shots",
    "# {2} - the prompts and why",
    "PreflightObserver.heldBack=Held back before sending: {0} of {1} shots would be blocked by the server''s moderation, and"
            + " you chose not to send them. Nothing was paid for.\n{2}",
    "# {0} - why the check could not run",
    "PreflightObserver.unavailable=Prompts were sent unchecked: {0}"
})
public final class PreflightObserver implements QueueObserver {

    private static final Logger LOG = Logger.getLogger(PreflightObserver.class.getName());
    /** Rows listed in the question; the rest are counted. */
    private static final int LISTED = 8;

    private final Supplier<SafetyPreferences> preferences;
    private final Function<String, VideoApiClient> clients;
    private final BiPredicate<String, String> askSendAnyway;

    public PreflightObserver() {
        this(SafetyPreferences::load, ModerationSection::studioClient, PreflightObserver::ask);
    }

    /**
     * @param preferences   the safety settings, read each time
     * @param clients       a profile's client, or {@code null} when none can be made
     * @param askSendAnyway asks the user (question, title) whether to send anyway; true sends
     */
    PreflightObserver(Supplier<SafetyPreferences> preferences, Function<String, VideoApiClient> clients,
            BiPredicate<String, String> askSendAnyway) {
        this.preferences = preferences;
        this.clients = clients;
        this.askSendAnyway = askSendAnyway;
    }

    @Override
    public void queueOpened(RenderQueue queue) {
        // nothing to follow: the check is made before each batch
    }

    @Override
    public boolean beforeEnqueue(RenderQueue queue, List<JobSpec> jobs) {
        return holdBack(queue, jobs).isEmpty();
    }

    /** Held back when some prompts would be blocked and the user chose not to send: a moderation failure that cost nothing. */
    @Override
    public Optional<Failure> holdBack(RenderQueue queue, List<JobSpec> jobs) {
        SafetyPreferences settings = preferences.get();
        if (!settings.checkBeforeSending() || jobs.isEmpty()) {
            return Optional.empty();
        }
        List<String> prompts = jobs.stream().map(JobSpec::prompt).toList();
        PreflightReport report;
        try {
            report = new PromptSafety(clients.apply(jobs.get(0).profile()), settings.watchedWords()).preflight(prompts);
        } catch (ModerationUnavailableException e) {
            LOG.log(Level.INFO, "Prompts sent unchecked: {0}", e.getMessage());
            StatusDisplayer.getDefault().setStatusText(Bundle.PreflightObserver_unavailable(e.getMessage()),
                    StatusDisplayer.IMPORTANCE_ANNOTATION);
            return Optional.empty();
        }
        if (report.blocked().isEmpty()) {
            return Optional.empty();
        }
        String rows = report.blocked().stream().limit(LISTED).map(PreflightObserver::describe).collect(Collectors.joining("\n"))
                + (report.blocked().size() > LISTED ? "\n…" : "");
        if (askSendAnyway.test(Bundle.PreflightObserver_question(report.blocked().size(), jobs.size(), rows),
                Bundle.PreflightObserver_title())) {
            return Optional.empty();
        }
        return Optional.of(Failure.of(Failure.Kind.MODERATION,
                Bundle.PreflightObserver_heldBack(report.blocked().size(), jobs.size(), rows)));
    }

    private static String describe(PreflightReport.BlockedRow row) {
        String why = Stream.concat(row.flags().stream().map(flag -> flag.category()),
                row.watchedWords().stream().map(word -> "\"" + word + "\"")).collect(Collectors.joining(", "));
        String prompt = row.prompt().length() > 80 ? row.prompt().substring(0, 79) + "…" : row.prompt();
        return "• " + prompt + " (" + why + ")";
    }

    /** The platform's question dialog; safe to call off the event thread, it waits for the answer. */
    private static boolean ask(String question, String title) {
        NotifyDescriptor.Confirmation confirmation = new NotifyDescriptor.Confirmation(question, title,
                NotifyDescriptor.YES_NO_OPTION, NotifyDescriptor.WARNING_MESSAGE);
        return DialogDisplayer.getDefault().notify(confirmation) == NotifyDescriptor.YES_OPTION;
    }
}
