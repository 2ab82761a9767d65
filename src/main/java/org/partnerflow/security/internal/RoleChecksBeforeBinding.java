package org.partnerflow.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's role rule ({@code @PreAuthorize} without argument references) before its arguments are read.
 * Method security runs only once the body has been bound and validated, so a caller without the role would be told
 * what is wrong with their body (400) before being refused; here they are refused first (403), whatever they send.
 * The method interceptor still checks again, and rules that name arguments are left to it.
 */
class RoleChecksBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !roleOnly(method)) {
            return true;
        }
        SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                new Object[method.getMethod().getParameterCount()]);
        AuthorizationResult result = rules.authorize(() -> SecurityContextHolder.getContext().getAuthentication(),
                invocation);
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
        return true;
    }

    private static boolean roleOnly(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return rule != null && !rule.value().contains("#");
    }
}
