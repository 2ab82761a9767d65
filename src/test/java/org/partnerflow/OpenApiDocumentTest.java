package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every /api/v1 endpoint the app serves is in the public OpenAPI document, with its security scheme. */
@DemoAppTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumented() {
        JsonNode document = Api.anonymous(port).get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");
        List<String> served = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/"))
                .forEach(served::add));
        assertThat(served).contains("/api/v1/me", "/api/v1/programmes", "/api/v1/partnerships",
                "/api/v1/partnerships/{id}", "/api/v1/users");
        for (String path : served) {
            assertThat(paths.has(path)).as("OpenAPI documents " + path).isTrue();
        }
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void everyOperationListsItsProblemResponsesAndThePublicOnesNeedNoSignIn() {
        JsonNode document = Api.anonymous(port).get("/v3/api-docs").json();
        assertThat(document.at("/components/schemas/Problem/properties/errors/type").asText()).isEqualTo("array");
        List<String> missing = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            boolean open = op.getValue().has("security") && op.getValue().get("security").isEmpty();
            for (String status : open ? List.<String>of() : List.of("401", "403")) {
                if (!responses.has(status)) {
                    missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                }
            }
            if (!op.getKey().equals("get") && !responses.has("400")) {
                missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " 400");
            }
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4") && !r.getValue().at("/content/application~1problem+json").isObject()) {
                    missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + r.getKey() + " as a problem");
                }
            });
        }));
        assertThat(missing).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1case-studies/get/security")).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1programmes/get/responses/401/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }
}
