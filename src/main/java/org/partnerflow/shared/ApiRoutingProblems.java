package org.partnerflow.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown path, a wrong method, a wrong content type or an upload over the size limit under /api is a problem
 * detail too (404, 405 with Allow, 415 with Accept, 400 naming file), like every other API error: these are found
 * before any controller is chosen, where
 * {@link ApiProblemHandler} as a controller advice does not reach.
 */
@Component
class ApiRoutingProblems implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiRoutingProblems.class);

    private final ApiProblemHandler problems;
    private final ObjectMapper json;

    ApiRoutingProblems(ApiProblemHandler problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        boolean routing = ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException
                || ex instanceof HttpRequestMethodNotSupportedException
                || ex instanceof HttpMediaTypeNotSupportedException
                || ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException;
        if (!routing || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || response.isCommitted()) {
            return null;
        }
        try {
            ResponseEntity<Object> answer = problems.handleException(ex, new ServletWebRequest(request, response));
            if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
                return null;
            }
            if (problem.getInstance() == null) {
                problem.setInstance(URI.create(request.getRequestURI()));
            }
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return new ModelAndView();
        } catch (Exception e) {
            log.warn("Could not write the problem for {}: {}", request.getRequestURI(), e.toString());
            return null;
        }
    }

    /** Before Spring MVC's own resolvers, which would send these to the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
