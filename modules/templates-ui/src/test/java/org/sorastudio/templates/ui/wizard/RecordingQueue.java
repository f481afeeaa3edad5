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
package org.sorastudio.templates.ui.wizard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.GenerationQueue;

/** A generation queue that keeps what it is given, chunk by chunk. */
final class RecordingQueue implements GenerationQueue {

    final List<List<Shot>> chunks = new CopyOnWriteArrayList<>();

    @Override
    public void enqueue(List<Shot> shots) {
        chunks.add(List.copyOf(shots));
    }

    List<Shot> shots() {
        return chunks.stream().flatMap(List::stream).toList();
    }
}
