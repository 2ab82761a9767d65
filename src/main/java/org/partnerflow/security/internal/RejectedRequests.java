package org.partnerflow.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests whose path is not in normal form (double slashes, dot segments, path parameters, encoded separators)
 * or that Spring Security's firewall refuses otherwise are answered 400 with a problem detail, before any servlet
 * sees them (Camunda's REST API and webapps included), and logged in one line without a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    /** The firewall's rules, applied first to every request (Camunda's servlets sit outside Spring MVC). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> normalPathsOnly(ObjectMapper json) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    String uri = request.getRequestURI();
                    if (uri != null && uri.contains("//")) {
                        throw new RequestRejectedException("The request was rejected because the URL was not normalized.");
                    }
                    firewall.getFirewalledRequest(request);
                } catch (RequestRejectedException e) {
                    refuse(json, request, response, e);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("normalPathsOnly");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** What Spring Security's own firewall refuses later (a header or parameter it reads): the same answer. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, e) -> refuse(json, request, response, e);
    }

    private static void refuse(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException e) throws IOException {
        log.info("Refused a request to {}: {}", request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request's path or headers are not in a form this service accepts (for example double slashes, "
                        + "dot segments, path parameters or encoded separators).");
        problem.setTitle("Bad request");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
