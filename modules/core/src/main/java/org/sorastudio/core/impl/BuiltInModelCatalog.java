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
package org.sorastudio.core.impl;

import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;

/**
 * OpenAI's published Sora 2 options: the fallback when nothing better is registered. No shutdown
 * dates: those belong to a server and come from its {@code /models} answer.
 */
@ServiceProvider(service = ModelCatalog.class, position = 10000)
public final class BuiltInModelCatalog implements ModelCatalog {

    private static final List<Integer> SECONDS = List.of(4, 8, 12);
    private static final List<String> STANDARD = List.of("1280x720", "720x1280");
    private static final List<String> PRO = List.of("1280x720", "720x1280", "1792x1024", "1024x1792");

    private static final List<ModelSpec> MODELS = List.of(
            new ModelSpec("sora-2", STANDARD, SECONDS, 0.10, null),
            new ModelSpec("sora-2-pro", PRO, SECONDS, 0.30, null));

    @Override
    public List<ModelSpec> models() {
        return MODELS;
    }
}
