package org.partnerflow.security.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the role and partnership checks that run before a handler's arguments are bound. */
@Configuration(proxyBeanMethods = false)
class RoleChecksConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleChecksBeforeBinding());
        registry.addInterceptor(new PartnershipScopeBeforeBinding());
    }
}
