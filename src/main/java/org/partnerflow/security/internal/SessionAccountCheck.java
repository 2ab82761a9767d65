package org.partnerflow.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.SignInState;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session in step with its account on every request. The session remembers the account stamp (version
 * and enabled, see SignInState) its principal was built from; a user switched off or removed loses the session at
 * once and is sent to sign in, and after any other change (roles, partnerships, name, password) the principal is
 * built afresh, so an admin's edit applies from the user's next request on every node. One indexed read a request.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    static final String STAMP = SessionAccountCheck.class.getName() + ".STAMP";

    private final SignInAttempts accounts;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionAccountCheck(SignInAttempts accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || signedIn == null || !(signedIn.getPrincipal() instanceof PartnerflowUser user)) {
            chain.doFilter(request, response);
            return;
        }
        SignInState state = accounts.stateOf(user.getUsername());
        if (state == null || !state.enabled()) {
            // Signed out: the request goes on without a user, so a page asks them to sign in (and cannot).
            session.invalidate();
            SecurityContextHolder.clearContext();
        } else if (!stampOf(user, state).equals(session.getAttribute(STAMP))) {
            UserDetails fresh = users.loadUserByUsername(user.getUsername());
            UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(fresh,
                    null, fresh.getAuthorities());
            renewed.setDetails(signedIn.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(renewed);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            session.setAttribute(STAMP, stampOf(user, state));
        }
        chain.doFilter(request, response);
    }

    /** The stamp with whose account it is, since a session can outlive one user's sign-in and see another's. */
    private static String stampOf(PartnerflowUser user, SignInState state) {
        return user.getUsername() + '\u0000' + state.accountStamp();
    }
}
