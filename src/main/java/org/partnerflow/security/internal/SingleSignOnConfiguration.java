package org.partnerflow.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.SingleSignOnAccounts;
import org.partnerflow.security.SingleSignOnAccounts.ProviderAccount;
import org.partnerflow.security.SingleSignOnAccounts.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Single sign-on through OpenID Connect, only when partnerflow.sso.enabled is true. The pages chain gets an
 * authorization-code login beside the password form. The provider's ID token is checked by Spring Security
 * (signature against the issuer's keys, issuer, audience, expiry, nonce); its claims are mapped to roles and
 * partnerships ({@link ClaimMapping}) and the user is created or refreshed ({@link SingleSignOnAccounts}). The
 * session then holds the same authentication as a password sign-in, a {@link PartnerflowUser}, so every check in the
 * application, the task candidate groups and the Camunda identity bridge treat both alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "partnerflow.sso.enabled", havingValue = "true")
class SingleSignOnConfiguration {

    @Bean
    SingleSignOnLogin singleSignOnLogin(ObjectProvider<ClientRegistrationRepository> registrations,
            SingleSignOnProperties properties, SingleSignOnAccounts accounts) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            throw new IllegalStateException("partnerflow.sso.enabled is true but no provider is configured: set "
                    + "spring.security.oauth2.client.registration.<id>.client-id, client-secret and scope, and "
                    + "spring.security.oauth2.client.provider.<id>.issuer-uri");
        }
        if (repository instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                if (!registration.getScopes().contains(OidcScopes.OPENID)) {
                    throw new IllegalStateException("single sign-on registration " + registration.getRegistrationId()
                            + " must ask for the openid scope (OpenID Connect), not " + registration.getScopes());
                }
            }
        }
        return new SingleSignOnLogin(repository, new ClaimMapping(properties), properties, accounts);
    }

    /** The login configuration for the pages chain, and the mapping from the provider's user to ours. */
    static final class SingleSignOnLogin {

        private static final Logger log = LoggerFactory.getLogger(SingleSignOnLogin.class);

        /** Error codes the login page explains; anything else is a failed sign-in. */
        static final String NO_ROLE = "partnerflow_no_role";
        static final String USERNAME_TAKEN = "partnerflow_username_taken";
        static final String NO_USERNAME = "partnerflow_no_username";

        private final ClientRegistrationRepository registrations;
        private final ClaimMapping mapping;
        private final SingleSignOnProperties properties;
        private final SingleSignOnAccounts accounts;
        private final OidcUserService provider = new OidcUserService();
        private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn =
                new SavedRequestAwareAuthenticationSuccessHandler();
        private final RedirectStrategy redirects = new DefaultRedirectStrategy();

        SingleSignOnLogin(ClientRegistrationRepository registrations, ClaimMapping mapping,
                SingleSignOnProperties properties, SingleSignOnAccounts accounts) {
            this.registrations = registrations;
            this.mapping = mapping;
            this.properties = properties;
            this.accounts = accounts;
            afterSignIn.setDefaultTargetUrl("/");
        }

        void configure(HttpSecurity http) throws Exception {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    // Tokens live and die with the session, not in a map that grows with every user.
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                    .successHandler(this::signedIn)
                    .failureHandler(this::failed));
        }

        /** The provider's user, checked by Spring Security, mapped and provisioned; refused without a role. */
        OidcUser loadUser(OidcUserRequest request) {
            OidcUser oidc = provider.loadUser(request);
            Map<String, Object> claims = oidc.getClaims();
            ClaimMapping.Mapped mapped = mapping.map(claims);
            String username = firstText(claims, properties.usernameClaim(), StandardClaimNames.EMAIL);
            String issuer = oidc.getIdToken().getClaimAsString("iss");
            try {
                PartnerflowUser user = accounts.signIn(new ProviderAccount(issuer, oidc.getSubject(), username,
                        oidc.getFullName(), oidc.getEmail(), mapped.roles(), mapped.partnershipIds()));
                log.info("Single sign-on of {} through {} with roles {} and partnerships {}", user.getUsername(),
                        request.getClientRegistration().getRegistrationId(), user.roles(), user.partnershipIds());
                return new ProviderUser(oidc, user);
            } catch (Refused refused) {
                log.warn("Single sign-on through {} refused: {}", request.getClientRegistration().getRegistrationId(),
                        refused.getMessage());
                throw new OAuth2AuthenticationException(
                        new OAuth2Error("partnerflow_" + refused.reason().toLowerCase(Locale.ROOT)), refused.getMessage());
            }
        }

        /** Swaps the provider's authentication for the one a password sign-in gives, then goes where the user was going. */
        private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            if (!(authentication.getPrincipal() instanceof ProviderUser provided)) {
                throw new IllegalStateException("single sign-on without a Partnerflow user: " + authentication);
            }
            PartnerflowUser user = provided.user();
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            signedIn.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            contexts.saveContext(context, request, response);
            afterSignIn.onAuthenticationSuccess(request, response, signedIn);
        }

        /** Back to the sign-in page, which says why: no role, a username taken by a local account, or a failure. */
        private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
                throws IOException {
            String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
            String reason = switch (code) {
                case NO_ROLE -> "refused";
                case USERNAME_TAKEN -> "taken";
                case NO_USERNAME -> "no-username";
                default -> "failed";
            };
            if ("failed".equals(reason)) {
                log.warn("Single sign-on failed: {}", failure.getMessage());
            }
            redirects.sendRedirect(request, response, "/login?sso=" + reason);
        }

        private static String firstText(Map<String, Object> claims, String... names) {
            List<String> found = new ArrayList<>();
            for (String name : names) {
                Object value = claims.get(name);
                if (value instanceof String text && !text.isBlank()) {
                    found.add(text.trim());
                }
            }
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /** The provider's user carrying ours, only until the success handler swaps it in. */
    static final class ProviderUser extends DefaultOidcUser {

        private final PartnerflowUser user;

        ProviderUser(OidcUser oidc, PartnerflowUser user) {
            super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }

        PartnerflowUser user() {
            return user;
        }
    }
}
