package org.partnerflow.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The two chains of the 360Giving files, ahead of the API and page chains. The public file
 * (/open-data/360giving.json and .csv) is open to anyone, stateless and without a session or CSRF token, and no
 * per-address limit applies to it (the only such limits are the case-study update form's and the sign-in lock-out).
 * A programme's own export (/api/v1/export/360giving.json and .csv, GET only) takes HTTP Basic like the rest of the
 * API or the signed-in page session, so the dashboard's links open in the browser; it never creates a session, and
 * the role check stays on the controller.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicOpenDataChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(SecurityConfiguration.path("/open-data/360giving.json"),
                        SecurityConfiguration.path("/open-data/360giving.csv")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // nothing here changes anything: GET files only
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain programmeExportChain(HttpSecurity http, ObjectMapper json, SignInAttempts accounts,
            UserDetailsService users) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Partnerflow\"");
            SecurityConfiguration.writeProblem(json, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "Sign in with HTTP Basic authentication, or open the link from a signed-in page.");
        };
        return http
                .securityMatcher(new OrRequestMatcher(
                        SecurityConfiguration.path(HttpMethod.GET, "/api/v1/export/360giving.json"),
                        SecurityConfiguration.path(HttpMethod.GET, "/api/v1/export/360giving.csv")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                // Reads a page session's sign-in, never starts a session of its own.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new SessionAccountCheck(accounts, users), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> SecurityConfiguration.writeProblem(json,
                                response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.")))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
