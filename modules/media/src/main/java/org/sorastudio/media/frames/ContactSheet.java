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
import java.util.List;

/**
 * A rendered contact sheet.
 *
 * @param file             the PNG
 * @param width            image width in pixels
 * @param height           image height in pixels
 * @param thumbnailWidth   width of one thumbnail
 * @param thumbnailHeight  height of one thumbnail
 * @param timestamps       the video time of each thumbnail in grid order, so a click can seek there
 */
public record ContactSheet(Path file, int width, int height, int thumbnailWidth, int thumbnailHeight,
        List<Double> timestamps) {

    public ContactSheet {
        timestamps = List.copyOf(timestamps);
    }
}
