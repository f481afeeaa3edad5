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
package org.sorastudio.characters.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ShotEditing;

/** Test stand-in for the Shot editor: remembers what was inserted into its prompt. */
@ServiceProvider(service = ShotEditing.class)
public final class RecordingShotEditing implements ShotEditing {

    static final List<String> INSERTED = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Shot> currentShot() {
        return Optional.empty();
    }

    @Override
    public void edit(Shot shot) {
    }

    @Override
    public void insertIntoPrompt(String text) {
        INSERTED.add(text);
    }
}
