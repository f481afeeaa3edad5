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

import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * The safety settings, in the module's own preferences (the platform keeps them in the user directory):
 *
 * @param checkBeforeSending whether the studio checks every prompt with the server's moderation before it is queued
 * @param watchedWords       words to warn about even when the server passes them
 */
record SafetyPreferences(boolean checkBeforeSending, List<String> watchedWords, boolean suggestModelRewrite,
        String rewriteModel) {

    /** A small, cheap model most OpenAI-compatible servers serve. */
    static final String DEFAULT_REWRITE_MODEL = "gpt-4.1-mini";
    private static final String CHECK = "checkBeforeSending";
    private static final String WATCHED = "watchedWords";
    private static final String MODEL_REWRITE = "suggestModelRewrite";
    private static final String REWRITE_MODEL = "rewriteModel";

    SafetyPreferences {
        watchedWords = List.copyOf(watchedWords);
        rewriteModel = rewriteModel == null || rewriteModel.isBlank() ? DEFAULT_REWRITE_MODEL : rewriteModel.strip();
    }

    /** Without model rewrites (off by default: they cost tokens). */
    SafetyPreferences(boolean checkBeforeSending, List<String> watchedWords) {
        this(checkBeforeSending, watchedWords, false, DEFAULT_REWRITE_MODEL);
    }

    static SafetyPreferences load() {
        Preferences node = node();
        return new SafetyPreferences(node.getBoolean(CHECK, false), words(node.get(WATCHED, "")),
                node.getBoolean(MODEL_REWRITE, false), node.get(REWRITE_MODEL, DEFAULT_REWRITE_MODEL));
    }

    void save() {
        Preferences node = node();
        node.putBoolean(CHECK, checkBeforeSending);
        node.put(WATCHED, String.join(", ", watchedWords));
        node.putBoolean(MODEL_REWRITE, suggestModelRewrite);
        node.put(REWRITE_MODEL, rewriteModel);
    }

    /** The words of a comma-separated list, trimmed, without empty ones. */
    static List<String> words(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(word -> !word.isEmpty()).distinct().toList();
    }

    private static Preferences node() {
        return NbPreferences.forModule(SafetyPreferences.class);
    }
}
