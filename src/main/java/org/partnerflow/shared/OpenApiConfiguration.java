package org.partnerflow.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, security and errors: every /api/v1 call uses HTTP Basic unless it is public, and
 * every operation lists the problem details (RFC 9457) it can answer with, by one shared Problem schema.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI partnerflowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Partnerflow API").version("v1")
                        .description("Partnership programmes, grant awards and their workflows. Errors are RFC 9457 "
                                + "problem details (application/problem+json); validation errors list "
                                + "errors[{field, message}]. Amounts are GBP with two decimals; dates ISO-8601.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basicAuth",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }

    /** The problem responses of every operation, and no security requirement on the public ones. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean open = PUBLIC.stream().anyMatch(p -> p.method() == method && p.path().equals(path));
                if (open) {
                    operation.setSecurity(List.of());
                }
                ApiResponses responses = operation.getResponses();
                boolean hasInput = method != PathItem.HttpMethod.GET || operation.getParameters() != null
                        && !operation.getParameters().isEmpty();
                if (hasInput) {
                    addProblem(responses, "400", "Bad input: errors[] names each field and the rule it breaks");
                }
                if (!open) {
                    addProblem(responses, "401", "Not signed in: send HTTP Basic credentials");
                    addProblem(responses, "403", "Signed in, but this role or partnership may not do this");
                }
                if (path.contains("{")) {
                    addProblem(responses, "404", "No such object, or not one the caller may see");
                }
                if (method != PathItem.HttpMethod.GET) {
                    addProblem(responses, "409", "The object changed meanwhile or is in a state that forbids this");
                }
            }));
        };
    }

    /** Calls anyone may make without signing in. */
    private record Open(PathItem.HttpMethod method, String path) {
    }

    private static final List<Open> PUBLIC = List.of(
            new Open(PathItem.HttpMethod.GET, "/api/v1/case-studies"),
            new Open(PathItem.HttpMethod.GET, "/api/v1/case-studies/{slug}"),
            new Open(PathItem.HttpMethod.POST, "/api/v1/case-studies/{slug}/update-requests"));

    private static void addProblem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema field = new ObjectSchema().addProperty("field", new StringSchema().description("a JSON path: milestones[1].dueDate"))
                .addProperty("message", new StringSchema().description("the rule it breaks"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(field));
    }
}
