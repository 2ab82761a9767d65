package org.partnerflow.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static PartnerflowUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PartnerflowUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in Partnerflow user");
    }
}
