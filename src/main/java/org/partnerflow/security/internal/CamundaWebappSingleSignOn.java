package org.partnerflow.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets an admin who signed in to Partnerflow use Cockpit, Tasklist and Admin without a second login:
 * Camunda's webapps take the user and groups from Spring Security (which already allows only ADMIN there).
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Collections.singletonMap(
                "authentication-provider", SpringSecurityProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after Spring Security's filter chain (order -100)
        return registration;
    }

    /** Reads the Partnerflow principal that Spring Security put in the context. */
    public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {
        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof PartnerflowUser user)) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(user.getUsername());
            result.setGroups(user.groups());
            return result;
        }
    }
}
