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

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The schemas copied from OpenAI's OpenAPI description into {@code openapi/videos-schemas.yaml},
 * validated as JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
 */
final class OpenApiSchemas {

    private static final String FILE = "classpath:openapi/videos-schemas.yaml";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private OpenApiSchemas() {
    }

    /** Every way {@code json} breaks the named schema; empty when it conforms. */
    static List<String> violations(String schemaName, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(FILE + "#/components/schemas/" + schemaName));
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
