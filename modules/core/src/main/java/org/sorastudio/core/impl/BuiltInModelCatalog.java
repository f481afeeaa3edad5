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
