package org.partnerflow.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The official 360Giving package schema (src/test/resources/360giving, a copy of the standard's files), checked
 * offline: the grant schema's public URLs map to the local file, the schemas' http://…/draft/2020-12 dialect is
 * read as 2020-12, and formats are asserted (the standard's dates are a oneOf that needs it).
 */
final class ThreeSixtyGivingSchema {

    private static final String DIALECT = "http://json-schema.org/draft/2020-12/schema";
    private static final JsonSchema PACKAGE = load();

    private ThreeSixtyGivingSchema() {
    }

    static List<String> problems(JsonNode grantPackage) {
        return PACKAGE.validate(grantPackage).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(JsonMetaSchema.builder(DIALECT, JsonMetaSchema.getV202012()).build())
                .schemaMappers(mappers -> mappers
                        .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/",
                                "classpath:360giving/")
                        .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/",
                                "classpath:360giving/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of("classpath:360giving/360-giving-package-schema.json"), config);
    }
}
