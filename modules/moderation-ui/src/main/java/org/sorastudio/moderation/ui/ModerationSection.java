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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.moderation.api.BlockExplanation;
import org.sorastudio.moderation.api.Flag;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.moderation.api.Trigger;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.ProfileNotReadyException;

/**
 * The error panel's section for a prompt the server's moderation blocked: the categories it was flagged for with
 * their scores and the words that did it (the moderation module asks the profile's own {@code /moderations}), the
 * rewrites that need no server, and "Rewrite & Resend…", which lets the user choose and edit one and sends it as the
 * same shot's next attempt, only when they say so.
 */
@ServiceProvider(service = FailureSection.class)
@Messages({
    "ModerationSection.title=Why it was blocked",
    "# {0} - category",
    "# {1} - score",
    "ModerationSection.flag=Flagged: {0} ({1})",
    "# {0} - the words",
    "ModerationSection.trigger=Because of: \"{0}\"",
    "# {0} - the words",
    "ModerationSection.likelyTrigger=Most likely because of: \"{0}\"",
    "ModerationSection.passesNow=The server's moderation check passes this prompt's text now: the block came from what"
            + " the video would show (a real person, a brand, a reference image) rather than the words.",
    "# {0} - count",
    "ModerationSection.suggestions={0} rewrites to try: Rewrite & Resend… shows them against the original.",
    "ModerationSection.noSuggestion=No rewrite applies on its own: Rewrite & Resend… lets you edit the prompt.",
    "ModerationSection.resend=Rewrite & Resend…"
})
public final class ModerationSection implements FailureSection {

    private static final Logger LOG = Logger.getLogger(ModerationSection.class.getName());

    private final Function<String, VideoApiClient> clients;
    private final Supplier<GenerationQueue> queue;
    private final Supplier<SafetyPreferences> preferences;

    public ModerationSection() {
        this(ModerationSection::studioClient, () -> Lookup.getDefault().lookup(GenerationQueue.class), SafetyPreferences::load);
    }

    /**
     * @param clients the client of a profile (by name), or {@code null} when none can be made
     * @param queue   where a rewritten shot goes, or {@code null} when no queue is installed
     */
    ModerationSection(Function<String, VideoApiClient> clients, Supplier<GenerationQueue> queue) {
        this(clients, queue, () -> new SafetyPreferences(false, List.of()));
    }

    /** @param preferences the Safety settings (whether a model rewrite is offered, and by which model), read each time */
    ModerationSection(Function<String, VideoApiClient> clients, Supplier<GenerationQueue> queue,
            Supplier<SafetyPreferences> preferences) {
        this.clients = clients;
        this.queue = queue;
        this.preferences = preferences;
    }

    @Override
    public Optional<Section> sectionFor(FailedWork work) {
        if (work.failure().kind() != Failure.Kind.MODERATION || work.prompt() == null || work.prompt().isBlank()) {
            return Optional.empty();
        }
        PromptSafety safety = new PromptSafety(clients.apply(work.profile()), List.of());
        StringBuilder text = new StringBuilder();
        BlockExplanation explanation = null;
        try {
            explanation = safety.explain(work.prompt());
            describe(explanation, text);
        } catch (ModerationUnavailableException e) {
            text.append(e.getMessage()).append('\n');
        }
        List<Rewrite> rewrites = safety.suggestRewrites(work.prompt(), explanation);
        text.append(rewrites.isEmpty() ? Bundle.ModerationSection_noSuggestion()
                : Bundle.ModerationSection_suggestions(rewrites.size()));
        GenerationQueue target = queue.get();
        RewritePanel.ModelRewriteOffer modelRewrite = modelRewriteOffer(safety, work.prompt(), explanation);
        List<SectionAction> actions = work.shot() == null || target == null ? List.of()
                : List.of(new SectionAction(Bundle.ModerationSection_resend(),
                        () -> RewriteDialog.show(work, rewrites, modelRewrite, target)));
        return Optional.of(new Section(Bundle.ModerationSection_title(), text.toString(), actions));
    }

    /** The model rewrite the Safety settings allow, or {@code null}; asked only when the user presses its button. */
    private RewritePanel.ModelRewriteOffer modelRewriteOffer(PromptSafety safety, String prompt, BlockExplanation explanation) {
        SafetyPreferences settings = preferences.get();
        if (!settings.suggestModelRewrite()) {
            return null;
        }
        String model = settings.rewriteModel();
        return new RewritePanel.ModelRewriteOffer(model, () -> safety.suggestModelRewrite(prompt, explanation, model));
    }

    private static void describe(BlockExplanation explanation, StringBuilder text) {
        if (!explanation.flagged()) {
            text.append(Bundle.ModerationSection_passesNow()).append('\n');
            return;
        }
        for (Flag flag : explanation.flags()) {
            text.append(Bundle.ModerationSection_flag(flag.category(), String.format(Locale.ROOT, "%.2f", flag.score()))).append('\n');
        }
        for (Trigger trigger : explanation.triggers()) {
            text.append(trigger.unflags() ? Bundle.ModerationSection_trigger(trigger.phrase())
                    : Bundle.ModerationSection_likelyTrigger(trigger.phrase())).append('\n');
        }
    }

    static VideoApiClient studioClient(String profile) {
        ApiConnections connections = Lookup.getDefault().lookup(ApiConnections.class);
        if (connections == null) {
            return null;
        }
        try {
            return connections.clientFor(connections.profile(profile));
        } catch (ProfileNotReadyException e) {
            LOG.log(Level.FINE, "No client for profile {0}: {1}", new Object[]{profile, e.getMessage()});
            return null;
        }
    }
}
