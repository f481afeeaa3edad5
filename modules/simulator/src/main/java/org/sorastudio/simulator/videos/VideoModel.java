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
package org.sorastudio.simulator.videos;

import java.util.List;

/**
 * A model the simulator serves and what it accepts.
 *
 * @param id          the name clients send, e.g. {@code sora-2} or a dated snapshot
 * @param created     unix seconds, as {@code GET /models} reports it
 * @param sizes       accepted {@code size} values, e.g. {@code 1280x720}
 * @param seconds     accepted {@code seconds} values
 */
public record VideoModel(String id, long created, List<String> sizes, List<String> seconds) {

    public VideoModel {
        sizes = List.copyOf(sizes);
        seconds = List.copyOf(seconds);
    }
}
