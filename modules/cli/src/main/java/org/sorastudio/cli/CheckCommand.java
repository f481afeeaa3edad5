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
package org.sorastudio.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sorastudio.moderation.api.BlockExplanation;
import org.sorastudio.moderation.api.Flag;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.moderation.api.Trigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: the server's moderation verdict on a prompt, the words that did it, and rewrites; sends no generation. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a prompt with the server's moderation (POST /moderations) before it is sent: the flagged "
                + "categories and scores, the words that got it flagged, and rewrites to try. Generates nothing."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "the prompt to check")
    String prompt;

    @Option(names = "--watch", split = ",", paramLabel = "WORD", description = "words to warn about even when the server passes them")
    List<String> watched = List.of();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DerivedChecks.requirePrompt(prompt);
        RunSetup setup = new RunSetup(common);
        BlockExplanation explanation;
        List<Rewrite> rewrites;
        try (ServerConnections servers = setup.connections()) {
            PromptSafety safety = new PromptSafety(servers.clientFor(servers.activeProfile()), watched);
            try {
                explanation = safety.explain(prompt);
            } catch (ModerationUnavailableException e) {
                throw new CliException(ExitCode.FAILURE, e.getMessage());
            }
            rewrites = safety.suggestRewrites(prompt, explanation);
        }
        boolean passes = !explanation.flagged() && explanation.watchedWords().isEmpty();
        if (common.json) {
            System.out.println(json(explanation, rewrites));
        } else if (!common.quiet) {
            print(explanation, rewrites);
        }
        return passes ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    private static void print(BlockExplanation explanation, List<Rewrite> rewrites) {
        if (!explanation.flagged()) {
            System.out.println("passes the server's moderation check");
        } else {
            for (Flag flag : explanation.flags()) {
                System.out.printf(Locale.ROOT, "flagged: %s (%.2f)%n", flag.category(), flag.score());
            }
            for (Trigger trigger : explanation.triggers()) {
                System.out.println("because of: \"" + trigger.phrase() + "\"" + (trigger.unflags() ? "" : " (most likely)"));
            }
        }
        explanation.watchedWords().forEach(word -> System.out.println("watched word: " + word));
        for (Rewrite rewrite : rewrites) {
            System.out.println("try: " + rewrite.prompt() + "    (" + rewrite.why() + ")");
        }
    }

    private static JsonObject json(BlockExplanation explanation, List<Rewrite> rewrites) {
        JsonObject event = JsonReporter.event("moderation");
        event.addProperty("flagged", explanation.flagged());
        JsonArray flags = new JsonArray();
        for (Flag flag : explanation.flags()) {
            JsonObject item = new JsonObject();
            item.addProperty("category", flag.category());
            item.addProperty("score", flag.score());
            flags.add(item);
        }
        event.add("flags", flags);
        JsonArray triggers = new JsonArray();
        explanation.triggers().forEach(t -> triggers.add(t.phrase()));
        event.add("triggers", triggers);
        JsonArray watched = new JsonArray();
        explanation.watchedWords().forEach(watched::add);
        event.add("watchedWords", watched);
        JsonArray suggestions = new JsonArray();
        for (Rewrite rewrite : rewrites) {
            JsonObject item = new JsonObject();
            item.addProperty("prompt", rewrite.prompt());
            item.addProperty("why", rewrite.why());
            suggestions.add(item);
        }
        event.add("rewrites", suggestions);
        event.addProperty("requests", explanation.requests());
        return event;
    }
}
