package org.partnerflow.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Private calendar feeds (no sign-in: the address is the secret), then three chains: the REST
 * API (stateless HTTP Basic, problem details), Camunda's REST
 * API (admins only, HTTP Basic) and the pages including Camunda's webapps (form login, CSRF, and optionally single
 * sign-on through OpenID Connect, see {@link SingleSignOnConfiguration}). Password sign-in
 * locks a username after repeated failures ({@link LockingAuthenticationProvider}); pages carry a strict
 * content security policy, and HSTS is sent on secure requests (behind a proxy, X-Forwarded-Proto).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";

    /** The pages' policy: only the app's own scripts, styles and images (and data: images), never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Observes sign-ins only, not every filter of every chain: with the Prometheus registry on, Spring Security
     * otherwise opens an observation around each of its filters on every request, about a tenth of a read's CPU
     * in the issue 9 profile. Authentication metrics (spring.security.authentications) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).shouldObserveAuthentications(true).build();
    }

    /** Password sign-in for every chain, with lock-out after repeated failures. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInAttempts attempts, SignInProperties signIn) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new LockingAuthenticationProvider(
                new VerifiedCredentials(passwords, signIn.rememberVerified(), System::nanoTime), attempts);
    }

    /**
     * Private calendar feeds (/calendar/{token}.ics): no sign-in, no CSRF, no session; the token in the address is
     * the secret, checked by the calendar module, which answers 404 to an unknown or revoked one.
     */
    @Bean
    @Order(0)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/calendar/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(path(HttpMethod.GET, "/calendar/*")).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Partnerflow\"");
            writeProblem(json, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "Sign in with HTTP Basic authentication to use the API.");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> writeProblem(json, response, HttpStatus.FORBIDDEN,
                "Forbidden", "Your role does not allow this.");
        return http
                .securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth
                        // Published case studies and the update form are public; versions and diffs are not.
                        .requestMatchers(path(HttpMethod.GET, "/api/v1/case-studies"), path(HttpMethod.GET, "/api/v1/case-studies/*"),
                                path(HttpMethod.POST, "/api/v1/case-studies/*/update-requests")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.realmName("Partnerflow engine"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * Actuator for machines: health and info are public (details only for an admin), metrics and Prometheus take an
     * admin's HTTP Basic credentials, so a scraper needs no browser session.
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.realmName("Partnerflow operations"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pageChain(HttpSecurity http,
            ObjectProvider<SingleSignOnConfiguration.SingleSignOnLogin> singleSignOn, SignInAttempts accounts,
            UserDetailsService users) throws Exception {
        // OpenID Connect beside the password form, only when partnerflow.sso.enabled is true.
        SingleSignOnConfiguration.SingleSignOnLogin sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/case-studies", "/case-studies/*")).permitAll()
                        // The public update form; a case study's earlier versions and diffs need a sign-in.
                        .requestMatchers(path(HttpMethod.POST, "/case-studies/*/update-requests")).permitAll()
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .requestMatchers(paths("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**")).permitAll()
                        .requestMatchers(paths("/camunda/**", "/actuator/**", "/admin/**")).hasRole(ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN) checked by their own filter.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                // A new session id at sign-in, so an id planted before it is worth nothing afterwards.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // A session ends when its user is switched off, and follows a change of their roles at once.
                .addFilterBefore(new SessionAccountCheck(accounts, users), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // Camunda's webapps send their own policy (inline scripts with a nonce, frame-ancestors
                        // none) from their HeaderSecurityFilter; a second, stricter one would break them.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(path("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
                .build();
    }

    /*
     * Paths are matched as paths, not through Spring MVC's handler mappings: Camunda's REST API and webapps are
     * servlets and filters of their own, outside those mappings, and a path means the same in every context.
     */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static RequestMatcher[] paths(String... patterns) {
        return java.util.Arrays.stream(patterns).map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
    }

    static void writeProblem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
