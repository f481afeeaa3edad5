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
package org.sorastudio.moderation.api;

import java.util.Collection;
import java.util.List;
import org.sorastudio.moderation.impl.BatchPreflight;
import org.sorastudio.moderation.impl.ModelRewriter;
import org.sorastudio.moderation.impl.Moderator;
import org.sorastudio.moderation.impl.RuleRewriter;
import org.sorastudio.moderation.impl.TriggerFinder;
import org.sorastudio.moderation.impl.WatchList;
import org.sorastudio.openai.VideoApiClient;

/**
 * Moderation help, headless: the one entry point the studio's windows and the CLI call. It explains
 * a block with the server's own {@code /moderations} check, suggests rewrites that need no server,
 * and checks a batch before it is submitted. Nothing here sends a generation: a rewrite goes out only
 * when the user sends it.
 */
public final class PromptSafety {

    private final VideoApiClient client;
    private final WatchList watchList;

    /**
     * @param client       the profile's client (its {@code /moderations} is asked), or {@code null} when none can be
     *                     made: then only the rewrites work, and the checks say the server cannot be asked
     * @param watchedWords words the user asked always to be warned about
     */
    public PromptSafety(VideoApiClient client, Collection<String> watchedWords) {
        this.client = client;
        this.watchList = new WatchList(watchedWords);
    }

    /** Why the server flags the prompt, if it does: its categories, scores and the words that did it. */
    public BlockExplanation explain(String prompt) throws ModerationUnavailableException {
        return new TriggerFinder(moderator(), watchList).explain(prompt);
    }

    /**
     * Rewrites that need no server, for a prompt and what is known of why it was blocked (the
     * explanation may be {@code null} when the server has no moderation check).
     */
    public List<Rewrite> suggestRewrites(String prompt, BlockExplanation explanation) {
        List<Trigger> triggers = explanation == null ? List.of() : explanation.triggers();
        List<String> watched = explanation == null ? watchList.foundIn(prompt) : explanation.watchedWords();
        return RuleRewriter.rewrites(prompt, triggers, watched);
    }

    /**
     * One rewrite written by {@code model} through the profile's Responses API (it costs tokens: call it on the user's
     * word), checked by the server's moderation before it is offered; the explanation may be {@code null}.
     */
    public ModelRewrite suggestModelRewrite(String prompt, BlockExplanation explanation, String model)
            throws ModelRewriteException {
        if (client == null) {
            throw new ModelRewriteException(ModelRewriter.noServer(), null, null);
        }
        return new ModelRewriter(client).rewrite(prompt, explanation, model);
    }

    /** The prompts of a batch that would be blocked, found before anything is paid for. */
    public PreflightReport preflight(List<String> prompts) throws ModerationUnavailableException {
        return new BatchPreflight(moderator(), watchList).check(prompts);
    }

    private Moderator moderator() throws ModerationUnavailableException {
        if (client == null) {
            throw new ModerationUnavailableException(Moderator.noServer(), null);
        }
        return new Moderator(client);
    }
}
