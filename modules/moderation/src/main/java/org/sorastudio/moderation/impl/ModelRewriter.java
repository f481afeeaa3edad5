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
package org.sorastudio.moderation.impl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openide.util.NbBundle;
import org.sorastudio.moderation.api.BlockExplanation;
import org.sorastudio.moderation.api.Flag;
import org.sorastudio.moderation.api.ModelRewrite;
import org.sorastudio.moderation.api.ModelRewriteException;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.moderation.api.RewriteCost;
import org.sorastudio.moderation.api.Trigger;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.ModerationResult.Verdict;
import org.sorastudio.openai.TextResponse;
import org.sorastudio.openai.VideoApiClient;

/**
 * One rewrite of a blocked prompt written by a language model through the profile's {@code POST /responses}: told
 * what was flagged and which words did it, asked for the prompt alone. The answer is checked before it is offered:
 * nothing written, the prompt back unchanged, or a rewrite the server's moderation still flags each get a sentence
 * for a person (with what asking cost, since a useless answer is charged too). One request to the model, and one to
 * {@code /moderations} for the check.
 */
@NbBundle.Messages({
    "# {0} - the model",
    "ModelRewriter.why=Written by {0}",
    "# {0} - the model",
    "# {1} - the server's answer",
    "ModelRewriter.noModel=This server has no language model \"{0}\" for rewrites ({1}). Choose another model in Tools >"
            + " Options > Safety, or use the other suggestions.",
    "ModelRewriter.noServer=The profile''s server cannot be asked (it has no key, or is not set up), so no model can"
            + " write a rewrite; the other suggestions still apply.",
    "ModelRewriter.refused=The server refused the key for the rewrite model: check the profile''s API key.",
    "# {0} - what went wrong with the connection",
    "ModelRewriter.unreachable=The rewrite model did not answer ({0}). Try again, or use the other suggestions.",
    "# {0} - the server's error message",
    "ModelRewriter.failed=The rewrite model failed: {0}",
    "# {0} - the model",
    "# {1} - why it stopped",
    "# {2} - the cost",
    "ModelRewriter.empty={0} wrote no rewrite ({1}; {2}). Use the other suggestions, or edit the prompt yourself.",
    "ModelRewriter.stoppedEarly=its answer was cut off",
    "ModelRewriter.nothing=its answer was empty",
    "# {0} - the model",
    "# {1} - the cost",
    "ModelRewriter.same={0} wrote the prompt back unchanged ({1}). Use the other suggestions, or edit the prompt yourself.",
    "# {0} - the model",
    "# {1} - the categories",
    "# {2} - the rewrite",
    "# {3} - the cost",
    "ModelRewriter.stillFlagged={0}''s rewrite is still flagged for {1} ({3}): \"{2}\". Edit it, or use the other suggestions."
})
public final class ModelRewriter {

    /** The model's answer is the prompt alone; room for a long prompt, and a bound on what a rewrite can cost. */
    private static final int MAX_OUTPUT_TOKENS = 2048;

    private final VideoApiClient client;
    private final Moderator moderator;

    public ModelRewriter(VideoApiClient client) {
        this.client = client;
        this.moderator = new Moderator(client);
    }

    /** What a model rewrite says when there is no server to ask. */
    public static String noServer() {
        return Bundle.ModelRewriter_noServer();
    }

    public ModelRewrite rewrite(String prompt, BlockExplanation explanation, String model) throws ModelRewriteException {
        TextResponse answer;
        try {
            answer = client.respond(model, instructions(explanation), prompt, MAX_OUTPUT_TOKENS);
        } catch (ApiException e) {
            throw new ModelRewriteException(unavailable(e, model), null, e);
        }
        RewriteCost cost = new RewriteCost(model, answer.usage().inputTokens(), answer.usage().outputTokens(),
                ModelPrices.dollars(model, answer.usage()).orElse(null));
        String text = unquoted(answer.text());
        if (text.isEmpty()) {
            String why = answer.completed() ? Bundle.ModelRewriter_nothing() : Bundle.ModelRewriter_stoppedEarly();
            throw new ModelRewriteException(Bundle.ModelRewriter_empty(model, why, cost.describe()), cost, null);
        }
        if (normalised(text).equals(normalised(prompt))) {
            throw new ModelRewriteException(Bundle.ModelRewriter_same(model, cost.describe()), cost, null);
        }
        Optional<String> flagged = stillFlagged(text);
        if (flagged.isPresent()) {
            throw new ModelRewriteException(Bundle.ModelRewriter_stillFlagged(model, flagged.get(), text, cost.describe()), cost,
                    null);
        }
        return new ModelRewrite(new Rewrite(text, Bundle.ModelRewriter_why(model)), cost);
    }

    /**
     * The flagged categories of the rewrite, or empty when it passes or the server cannot check it (then it is offered
     * unchecked: the user still reads it before sending).
     */
    private Optional<String> stillFlagged(String text) {
        try {
            Verdict verdict = moderator.verdicts(List.of(text)).get(0);
            return verdict.flagged() ? Optional.of(String.join(", ", verdict.flaggedCategories()))
                    : Optional.empty();
        } catch (ModerationUnavailableException e) {
            return Optional.empty();
        }
    }

    /** What the model is told: keep the scene, lose what was flagged, answer with the prompt alone. */
    static String instructions(BlockExplanation explanation) {
        StringBuilder text = new StringBuilder("You rewrite prompts for a video generation model whose content moderation"
                + " blocked them. Keep the scene, subjects, setting, style and camera work; remove or soften only what"
                + " would be flagged; never name real people or brands. Answer with the rewritten prompt alone: no quotes,"
                + " no comments.");
        if (explanation != null && !explanation.flags().isEmpty()) {
            text.append(" Flagged for: ").append(explanation.flags().stream().map(Flag::category)
                    .collect(Collectors.joining(", "))).append('.');
        }
        if (explanation != null && !explanation.triggers().isEmpty()) {
            text.append(" Words that did it: ").append(explanation.triggers().stream().map(Trigger::phrase)
                    .map(phrase -> '"' + phrase + '"').collect(Collectors.joining(", "))).append('.');
        }
        return text.toString();
    }

    private static String unquoted(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\""))) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String unavailable(ApiException e, String model) {
        if (e.statusCode() == 404 || e.statusCode() == 405) {
            return Bundle.ModelRewriter_noModel(model, e.getMessage());
        } else if (e instanceof AuthenticationException) {
            return Bundle.ModelRewriter_refused();
        } else if (e instanceof ApiConnectionException) {
            return Bundle.ModelRewriter_unreachable(e.getMessage());
        }
        return Bundle.ModelRewriter_failed(e.getMessage());
    }
}
