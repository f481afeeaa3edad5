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
package org.sorastudio.media.frames;

import java.nio.file.Path;

/** Saves single frames of a video as PNG images. Found through {@code Lookup.getDefault()}. */
public interface FrameGrabber {

    /**
     * Writes the first frame at or after {@code seconds} (the frame {@code ffmpeg -ss} gives) as a
     * PNG at the video's own size. A time at or past the last frame gives the last frame.
     *
     * @throws FrameExtractionException when the video cannot be read, the time is negative, or
     *                                  ffmpeg fails; no partial PNG is left behind
     */
    void grab(Path video, double seconds, Path png) throws FrameExtractionException;
}
