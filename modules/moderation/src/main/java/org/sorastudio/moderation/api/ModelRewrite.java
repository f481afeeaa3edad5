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

import java.util.Objects;

/**
 * A rewrite written by a language model through the profile's Responses API, and what asking cost.
 *
 * @param rewrite the suggestion, for the user to edit and send (never sent on its own)
 * @param cost    what the request cost: tokens, and a price when the model's is known
 */
public record ModelRewrite(Rewrite rewrite, RewriteCost cost) {

    public ModelRewrite {
        Objects.requireNonNull(rewrite, "rewrite");
        Objects.requireNonNull(cost, "cost");
    }
}
