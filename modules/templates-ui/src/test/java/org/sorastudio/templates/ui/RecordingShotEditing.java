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
package org.sorastudio.templates.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ShotEditing;

/** A Shot editor stand-in: holds a shot the user was writing and records what was put into it. */
public final class RecordingShotEditing implements ShotEditing {

    /** The shot "in the editor": a model, size and reference image the panels must keep or replace. */
    public static final Shot CURRENT = new Shot("current", "what I was writing", "sora-2", "720x1280", 4, "/images/face.png", Map.of());

    public final List<Shot> edited = new ArrayList<>();

    @Override
    public Optional<Shot> currentShot() {
        return Optional.of(CURRENT);
    }

    @Override
    public void edit(Shot shot) {
        edited.add(shot);
    }
}
