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
