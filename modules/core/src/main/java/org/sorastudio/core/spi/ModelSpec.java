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
package org.sorastudio.core.spi;

import java.util.List;

/**
 * What one model accepts.
 *
 * @param id              model name as the server knows it
 * @param sizes           accepted output sizes ({@code WIDTHxHEIGHT}), in the order to offer them
 * @param seconds         accepted clip lengths
 * @param usdPerSecond    list price per second of video, or 0 when unknown
 * @param shutdownDate    the date ({@code YYYY-MM-DD}) the server stops serving the model, or {@code null}
 */
public record ModelSpec(String id, List<String> sizes, List<Integer> seconds, double usdPerSecond, String shutdownDate) {

    public ModelSpec {
        sizes = List.copyOf(sizes);
        seconds = List.copyOf(seconds);
    }
}
