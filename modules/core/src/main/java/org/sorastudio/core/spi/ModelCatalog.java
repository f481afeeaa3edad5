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
import java.util.Optional;

/**
 * Which models the active server offers and what each accepts. Core registers a built-in table;
 * the capabilities module registers one that asks the server, ahead of it in Lookup order.
 * {@link #models()} never blocks on the network: it answers from what is known or cached.
 */
public interface ModelCatalog {

    List<ModelSpec> models();

    default Optional<ModelSpec> find(String model) {
        return models().stream().filter(spec -> spec.id().equals(model)).findFirst();
    }

    /** Asks the server again instead of waiting for the cache to expire; returns at once, listeners hear the result. */
    default void refresh() {
    }

    /** Called (on any thread) when {@link #models()} changed, e.g. after the server answered. */
    default void addListener(Runnable listener) {
    }

    default void removeListener(Runnable listener) {
    }
}
