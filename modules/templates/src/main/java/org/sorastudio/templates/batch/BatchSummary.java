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
