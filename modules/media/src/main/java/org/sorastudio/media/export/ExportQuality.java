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

import org.sorastudio.media.storyboard.OutputFormat;

/**
 * How hard the encoder works: the storyboard as exported, or a quick low-resolution look at it. Both go through the
 * same plan and filter graph (trims, crossfades, title cards), so a preview shows what the export will be.
 */
public enum ExportQuality {
    /** What Export… writes: the storyboard's own size, x264 preset "fast" at CRF 20, AAC 192 kb/s. */
    FINAL("fast", 20, "192k", Integer.MAX_VALUE),
    /** A preview: at most 360 lines, x264 "ultrafast" at CRF 30, AAC 96 kb/s. */
    PREVIEW("ultrafast", 30, "96k", 360);

    private final String preset;
    private final int crf;
    private final String audioBitrate;
    private final int maxHeight;

    ExportQuality(String preset, int crf, String audioBitrate, int maxHeight) {
        this.preset = preset;
        this.crf = crf;
        this.audioBitrate = audioBitrate;
        this.maxHeight = maxHeight;
    }

    public String preset() {
        return preset;
    }

    public int crf() {
        return crf;
    }

    public String audioBitrate() {
        return audioBitrate;
    }

    /** The output to render at this quality: {@code wanted} scaled down (even sides, same rate) to fit the height. */
    public OutputFormat output(OutputFormat wanted) {
        if (wanted.height() <= maxHeight) {
            return wanted;
        }
        int width = (int) Math.round(wanted.width() * (double) maxHeight / wanted.height() / 2) * 2;
        return new OutputFormat(Math.max(2, width), maxHeight, wanted.frameRate());
    }
}
