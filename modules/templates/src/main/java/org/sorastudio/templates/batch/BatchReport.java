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
