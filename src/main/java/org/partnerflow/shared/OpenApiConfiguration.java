package org.partnerflow.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and security: every /api/v1 call uses HTTP Basic unless it says otherwise. */
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
}
