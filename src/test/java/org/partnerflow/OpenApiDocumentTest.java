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
}
