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
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureExplainer;

/** Test stand-in for the diagnostics module's error panel: remembers every failure it was asked to explain. */
@ServiceProvider(service = FailureExplainer.class)
public final class RecordingFailureExplainer implements FailureExplainer {

    static final List<FailedWork> EXPLAINED = new CopyOnWriteArrayList<>();

    @Override
    public void explain(FailedWork work) {
        EXPLAINED.add(work);
    }
}
