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
package org.sorastudio.media.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.media.export.ExportException;
import org.sorastudio.media.export.ExportJob;
import org.sorastudio.media.export.ExportListener;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportQuality;
import org.sorastudio.media.export.InvalidStoryboardException;
import org.sorastudio.media.export.PlannedItem;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.storyboard.Storyboard;

/** {@link StoryboardExporter} running ffmpeg through Jaffree. */
@ServiceProvider(service = StoryboardExporter.class)
public final class FfmpegStoryboardExporter implements StoryboardExporter {

    private final FfmpegTools tools = new FfmpegTools();

    @Override
    public ExportPlan plan(Storyboard storyboard) throws InvalidStoryboardException {
        return new ExportPlanner(Lookup.getDefault().lookup(MediaProbe.class)).plan(storyboard);
    }

    @Override
    public ExportJob start(ExportPlan plan, Path target, ExportListener listener) throws ExportException {
        return start(plan, target, listener, ExportQuality.FINAL);
    }

    @Override
    public ExportJob start(ExportPlan plan, Path target, ExportListener listener, ExportQuality quality)
            throws ExportException {
        Objects.requireNonNull(plan, "plan");
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new InvalidStoryboardException(-1, "Export target " + absolute + " is a folder; choose a file name");
        }
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem item = plan.items().get(i);
            if (item.media() != null && item.media().file().toAbsolutePath().normalize().equals(absolute)) {
                throw new InvalidStoryboardException(i, "Export target " + absolute + " is "
                        + ExportPlanner.name(i, item.item()) + " itself; choose another file name");
            }
        }
        return FfmpegExportJob.start(plan, absolute, listener == null ? ExportListener.NONE : listener, tools,
                quality == null ? ExportQuality.FINAL : quality);
    }
}
