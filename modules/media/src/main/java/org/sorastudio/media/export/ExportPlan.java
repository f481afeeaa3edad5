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
