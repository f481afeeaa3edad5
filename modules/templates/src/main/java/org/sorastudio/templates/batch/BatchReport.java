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
import org.sorastudio.templates.pattern.PatternProblem;

/**
 * Everything a validation pass found.
 *
 * @param summary         the totals
 * @param planProblems    problems of the prompt, output-name pattern, mapping and header
 * @param rowProblems     every row problem in line order, up to {@link #LISTED_ROW_PROBLEMS}
 * @param unlistedProblems how many more row problems there were
 * @param readFailure     why reading stopped before the end of the file, or {@code null} when it was read to the end
 */
public record BatchReport(BatchSummary summary, List<PatternProblem> planProblems, List<RowProblem> rowProblems,
        long unlistedProblems, String readFailure) {

    /** Enough for anyone to read; the count of the rest is kept. */
    public static final int LISTED_ROW_PROBLEMS = 10_000;

    public BatchReport {
        planProblems = List.copyOf(planProblems);
        rowProblems = List.copyOf(rowProblems);
    }

    /** Whether the valid shots can be generated: the plan is sound and the whole file was read. */
    public boolean runnable() {
        return readFailure == null && planProblems.stream().noneMatch(PatternProblem::blocking);
    }
}
