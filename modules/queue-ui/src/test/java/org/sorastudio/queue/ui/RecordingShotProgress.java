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
package org.sorastudio.queue.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.ShotProgress;

/** What a queue told about the shots it follows, in order, as "event: prompt". */
final class RecordingShotProgress implements ShotProgress {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<FailedWork> failures = new CopyOnWriteArrayList<>();

    @Override
    public void queued(Shot shot) {
        events.add("queued: " + shot.prompt());
    }

    @Override
    public void heldBack(FailedWork work) {
        failures.add(work);
        events.add("held back: " + work.prompt());
    }

    @Override
    public void failed(FailedWork work) {
        failures.add(work);
        events.add("failed: " + work.prompt());
    }

    @Override
    public void completed(Shot shot) {
        events.add("completed: " + shot.prompt());
    }
}
