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
package org.sorastudio.media.storyboard;

import java.util.Objects;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.probe.MediaInfo;

/**
 * The picture every item is scaled and padded to (square pixels) and the output frame rate.
 * H.264 in 4:2:0 needs even sizes; the exporter reports odd or non-positive ones.
 */
public record OutputFormat(int width, int height, FrameRate frameRate) {

    public static final OutputFormat HD_LANDSCAPE = new OutputFormat(1280, 720, FrameRate.of(30));

    public OutputFormat {
        Objects.requireNonNull(frameRate, "frameRate");
    }

    /** The size and rate of a clip, e.g. the storyboard's first clip. */
    public static OutputFormat matching(MediaInfo media) {
        return new OutputFormat(media.width(), media.height(), media.frameRate());
    }

    @Override
    public String toString() {
        return width + "x" + height + " @ " + frameRate + " fps";
    }
}
