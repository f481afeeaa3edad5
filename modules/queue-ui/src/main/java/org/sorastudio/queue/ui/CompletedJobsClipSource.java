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
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.ClipSource;

/** The storyboard's "Add from Queue…": the open project's finished clips, oldest first. */
@ServiceProvider(service = ClipSource.class)
@Messages("CompletedJobs.button=Add from Queue…")
public final class CompletedJobsClipSource implements ClipSource {

    @Override
    public String displayName() {
        return Bundle.CompletedJobs_button();
    }

    @Override
    public List<Clip> clips() {
        QueueService service = Lookup.getDefault().lookup(QueueService.class);
        return service == null ? List.of() : service.current().map(queue -> queue.jobs().stream()
                .filter(ClipPlayback::isFinishedClip).map(job -> new Clip(job.videoFile(), job.spec().prompt())).toList())
                .orElse(List.of());
    }
}
