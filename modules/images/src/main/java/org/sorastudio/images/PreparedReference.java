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
package org.sorastudio.images;

import java.nio.file.Path;
import java.util.List;

/**
 * A reference image made ready for upload: exactly the shot's size, in a format and size the API takes.
 *
 * @param file     the prepared file (PNG or JPEG), named after its inputs so preparing again finds the same bytes
 * @param source   what the source file's header said
 * @param width    the prepared image's width, the shot's
 * @param height   the prepared image's height, the shot's
 * @param fit      how it was fitted
 * @param warnings things a person should know (upscaled, re-encoded as JPEG to stay under the limit), maybe none
 */
public record PreparedReference(Path file, ImageInfo source, int width, int height, FitSpec fit, List<String> warnings) {

    public PreparedReference {
        warnings = List.copyOf(warnings);
    }
}
