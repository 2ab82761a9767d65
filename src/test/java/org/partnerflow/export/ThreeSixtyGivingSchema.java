package org.partnerflow.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The official 360Giving package schema (src/test/resources/360giving, a copy of the standard's files), checked
 * offline: the grant schema's public URLs map to the local file, the schemas' http://…/draft/2020-12 dialect is
 * read as 2020-12, and formats are asserted (the standard's dates are a oneOf that needs it).
 */
final class ThreeSixtyGivingSchema {

    private static final String DIALECT = "http://json-schema.org/draft/2020-12/schema";
    private static final JsonSchema PACKAGE = load();
    private static final JsonNode GRANT = readGrantSchema();

    private ThreeSixtyGivingSchema() {
    }

    static List<String> problems(JsonNode grantPackage) {
        return PACKAGE.validate(grantPackage).stream().map(ValidationMessage::getMessage).toList();
    }

    /**
     * The column title the standard gives a grant field in its flattened (CSV) form: the titles the grant schema
     * gives each step of the path, joined by colons, e.g. plannedDates/startDate is Planned Dates:Start Date.
     */
    static String columnTitle(String path) {
        JsonNode schema = GRANT;
        List<String> titles = new ArrayList<>();
        for (String field : path.split("/")) {
            JsonNode object = resolve(schema);
            if (object.has("items")) { // a list such as plannedDates: the CSV holds its first element
                object = resolve(object.get("items"));
            }
            JsonNode property = object.path("properties").path(field);
            if (property.isMissingNode()) {
                throw new IllegalArgumentException("the 360Giving grant schema has no field " + path);
            }
            String title = property.path("title").asText(resolve(property).path("title").asText(""));
            if (title.isEmpty()) {
                throw new IllegalArgumentException("the 360Giving grant schema gives " + path + " no title");
            }
            titles.add(title);
            schema = property;
        }
        return String.join(":", titles);
    }

    /** The schema a $ref within the grant schema points at, or the node itself. */
    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? GRANT.at(ref.substring(1)) : node;
    }

    private static JsonNode readGrantSchema() {
        try (InputStream in = ThreeSixtyGivingSchema.class.getResourceAsStream("/360giving/360-giving-schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
