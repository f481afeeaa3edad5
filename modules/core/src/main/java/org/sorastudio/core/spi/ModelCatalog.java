package org.sorastudio.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * Which models the active server offers and what each accepts. Core registers a built-in table;
 * the capabilities module registers one that asks the server, ahead of it in Lookup order.
 */
public interface ModelCatalog {

    List<ModelSpec> models();

    default Optional<ModelSpec> find(String model) {
        return models().stream().filter(spec -> spec.id().equals(model)).findFirst();
    }
}
