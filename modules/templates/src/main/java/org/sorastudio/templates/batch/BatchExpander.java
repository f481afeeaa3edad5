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
package org.sorastudio.templates.batch;

import java.util.Objects;
import org.openide.util.Lookup;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.csv.CsvRowReader;

/**
 * Turns "template + CSV" requests into {@link BatchPlan}s, checking shots against one model catalog.
 * The wizard and the CLI both start here, so they apply the same rules and say the same things.
 */
public final class BatchExpander {

    private final ModelCatalog catalog;

    public BatchExpander(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Uses the first model catalog in Lookup: the server's when the capabilities module has one, else the built-in table. */
    public static BatchExpander withLookupCatalog() {
        ModelCatalog catalog = Lookup.getDefault().lookup(ModelCatalog.class);
        if (catalog == null) {
            throw new IllegalStateException("No ModelCatalog is registered in Lookup; the core module provides one.");
        }
        return new BatchExpander(catalog);
    }

    /** Reads the header of the request's CSV file and checks the patterns and the mapping against it. */
    public BatchPlan plan(BatchRequest request) throws CsvFileException {
        try (CsvRowReader reader = CsvRowReader.open(request.csvFile(), request.csvSettings())) {
            return new BatchPlan(request, reader.header(), catalog);
        }
    }
}
