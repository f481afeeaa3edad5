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
package org.sorastudio.templates.pattern;

/** The alternatives in a pattern would make more prompts than the caller allows. */
public final class ExpansionLimitException extends Exception {

    private final long combinations;
    private final long limit;

    public ExpansionLimitException(long combinations, long limit, String breakdown) {
        super("The alternatives make " + breakdown + " = " + (combinations == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : combinations)
                + " prompts; the limit is " + limit + ". Remove some options or split the template.");
        this.combinations = combinations;
        this.limit = limit;
    }

    public long combinations() {
        return combinations;
    }

    public long limit() {
        return limit;
    }
}
