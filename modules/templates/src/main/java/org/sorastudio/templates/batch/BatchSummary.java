package org.sorastudio.templates.batch;

/**
 * The totals of a batch after validation.
 *
 * @param rows            data rows read
 * @param shots           shots the rows expand to
 * @param validShots      shots that can be generated
 * @param badRows         rows with at least one blocking problem
 * @param totalSeconds    seconds of video the valid shots make
 * @param estimatedUsd    list price of the valid shots, from the model catalog
 * @param unpricedShots   valid shots whose model has no price in the catalog (not in the estimate)
 */
public record BatchSummary(long rows, long shots, long validShots, long badRows, long totalSeconds, double estimatedUsd,
        long unpricedShots) {

    public long invalidShots() {
        return shots - validShots;
    }
}
