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

import java.util.List;
import org.sorastudio.core.model.Shot;

/**
 * A shot a CSV row expands to, with what is wrong with it.
 *
 * @param line    the physical line where the row starts
 * @param number  the shot's position in the whole batch, 1-based, counting invalid shots too
 * @param variant which combination of the prompt's alternatives, 1-based
 */
public record PlannedShot(long line, long number, int variant, Shot shot, List<RowProblem> problems) {

    public PlannedShot {
        problems = List.copyOf(problems);
    }

    /** Whether the shot can be generated: no blocking problem. */
    public boolean valid() {
        return problems.stream().noneMatch(RowProblem::blocking);
    }
}
