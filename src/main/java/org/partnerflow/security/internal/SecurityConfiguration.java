package org.partnerflow.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Three chains: the REST API (stateless HTTP Basic, problem details), Camunda's REST
 * API (admins only, HTTP Basic) and the pages including Camunda's webapps (form login, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/case-studies", "/case-studies/*")).permitAll()
                        // The public update form; a case study's earlier versions and diffs need a sign-in.
                        .requestMatchers(path(HttpMethod.POST, "/case-studies/*/update-requests")).permitAll()
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .requestMatchers(paths("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"))
                        .permitAll()
                        .requestMatchers(paths("/camunda/**", "/actuator/**", "/admin/**")).hasRole(ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN) checked by their own filter.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .build();
    }

    /*
     * Paths are matched as paths, not through Spring MVC's handler mappings: Camunda's REST API and webapps are
     * servlets and filters of their own, outside those mappings, and a path means the same in every context.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static RequestMatcher[] paths(String... patterns) {
        return java.util.Arrays.stream(patterns).map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
    }

    private static void writeProblem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
