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
package org.sorastudio.templates.batch;

/**
 * Something wrong with one CSV row (or with a shot made from it).
 *
 * @param line     the physical line where the row starts
 * @param field    the shot field or {@code row} (its shape); see {@link org.sorastudio.core.model.ShotProblem}
 * @param message  what is wrong, for the user
 * @param blocking whether the row's shots cannot be generated; otherwise a warning
 */
public record RowProblem(long line, String field, String message, boolean blocking) {

    public static final String FIELD_ROW = "row";

    @Override
    public String toString() {
        return "line " + line + " (" + field + "): " + message;
    }
}
