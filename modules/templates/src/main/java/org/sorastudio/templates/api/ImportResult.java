package org.sorastudio.templates.api;

import java.util.List;
import org.sorastudio.core.model.Template;

/**
 * What an import did.
 *
 * @param added   the templates added, as stored
 * @param skipped how many were already in the library
 */
public record ImportResult(List<Template> added, int skipped) {

    public ImportResult {
        added = List.copyOf(added);
    }
}
