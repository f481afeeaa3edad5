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
