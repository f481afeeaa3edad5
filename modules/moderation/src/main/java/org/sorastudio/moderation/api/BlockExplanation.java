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

import java.util.List;

/**
 * What the server's moderation says of a prompt: whether it flags it, under which categories, and
 * which words did it.
 *
 * @param prompt        the prompt that was checked
 * @param flagged       whether the server flags the prompt as it is
 * @param flags         the flagged categories, highest score first
 * @param triggers      the words that got it flagged, in the order they stand in the prompt
 * @param watchedWords  words from the user's own warning list found in the prompt
 * @param requests      how many moderation requests the explanation took
 */
public record BlockExplanation(String prompt, boolean flagged, List<Flag> flags, List<Trigger> triggers,
        List<String> watchedWords, int requests) {

    public BlockExplanation {
        flags = List.copyOf(flags);
        triggers = List.copyOf(triggers);
        watchedWords = List.copyOf(watchedWords);
    }
}
