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
