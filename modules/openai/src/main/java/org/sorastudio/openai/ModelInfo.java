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
package org.sorastudio.openai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of {@code GET /models}.
 *
 * @param id           model id, e.g. {@code sora-2}
 * @param created      creation time, or {@code null} if the server left it out
 * @param ownedBy      owner, or {@code null}
 * @param shutdownDate announced shutdown date, {@code null} when none is announced (or the server
 *                     sent a value that is not a date)
 */
public record ModelInfo(String id, Instant created, String ownedBy, LocalDate shutdownDate) {

    public Optional<LocalDate> shutdown() {
        return Optional.ofNullable(shutdownDate);
    }
}
