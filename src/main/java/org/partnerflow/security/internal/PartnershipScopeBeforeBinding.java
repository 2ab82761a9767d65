package org.partnerflow.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A partner reaches a partnership's routes (/api/v1/partnerships/{id}/..., /partnerships/{id}/...) only for their
 * own partnership: any other id is a 404 before the body is read, so a partner of another partnership cannot learn
 * from a validation error, or from its absence, that a partnership exists. Staff are checked by each service.
 */
class PartnershipScopeBeforeBinding implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !(pattern.toString().startsWith("/api/v1/partnerships/{id}")
                || pattern.toString().startsWith("/partnerships/{id}"))) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PartnerflowUser user) || user.isStaff()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        try {
            if (id != null && user.partnershipIds().contains(Long.parseLong(id))) {
                return true;
            }
        } catch (NumberFormatException notANumber) {
            return true; // the handler's own binding answers 400 for a malformed id
        }
        throw new NotFoundException("Partnership", id);
    }
}
