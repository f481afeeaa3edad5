package org.sorastudio.media.export;

import java.util.List;
import org.sorastudio.media.storyboard.Storyboard;

/**
 * A storyboard checked against its files and laid out on the output timeline, ready to start.
 *
 * @param storyboard       the storyboard it was made from
 * @param items            every item in order with its place on the timeline
 * @param method           how the export will run
 * @param methodReason     why that method, in words for the user (e.g. which clip forces re-encoding)
 * @param durationSeconds  the expected length of the output
 */
public record ExportPlan(Storyboard storyboard, List<PlannedItem> items, ExportMethod method, String methodReason,
        double durationSeconds) {

    public ExportPlan {
        items = List.copyOf(items);
    }
}
