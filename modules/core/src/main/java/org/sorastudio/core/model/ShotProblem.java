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
package org.sorastudio.core.model;

/**
 * Something wrong with a shot, attached to the field it concerns.
 *
 * @param field    which field: one of the {@code FIELD_*} constants
 * @param message  what is wrong and what would be right, in words for the user
 * @param blocking whether the shot cannot be generated (an error) or only deserves attention (a warning)
 */
public record ShotProblem(String field, String message, boolean blocking) {

    public static final String FIELD_PROMPT = "prompt";
    public static final String FIELD_MODEL = "model";
    public static final String FIELD_SIZE = "size";
    public static final String FIELD_SECONDS = "seconds";
    public static final String FIELD_REFERENCE = "reference";
    public static final String FIELD_REMIX = "remixOf";

    public static ShotProblem error(String field, String message) {
        return new ShotProblem(field, message, true);
    }

    public static ShotProblem warning(String field, String message) {
        return new ShotProblem(field, message, false);
    }
}
