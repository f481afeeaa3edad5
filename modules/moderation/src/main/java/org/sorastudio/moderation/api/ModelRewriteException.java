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

import java.util.Optional;

/**
 * The language model gave no useful rewrite: the server has no such model or no Responses API, did not answer in
 * time, or the model wrote nothing, the prompt back unchanged, or a rewrite still flagged. The message says which, for
 * a person; the rule-based rewrites still apply. Nothing was sent for a video.
 */
public final class ModelRewriteException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the answer cost, when one came (a useless answer is charged too); not serialised. */
    private final transient RewriteCost cost;

    public ModelRewriteException(String message, RewriteCost cost, Throwable cause) {
        super(message, cause);
        this.cost = cost;
    }

    public Optional<RewriteCost> cost() {
        return Optional.ofNullable(cost);
    }
}
