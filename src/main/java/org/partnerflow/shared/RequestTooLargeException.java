package org.partnerflow.shared;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request body over the API's size limit; thrown while the body is read, so nothing is parsed or written. */
class RequestTooLargeException extends IOException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    ProblemDetail problem() {
        ProblemDetail problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "Request body too large",
                "The request body is larger than the limit of " + limit + " bytes.");
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "body",
                "message", "must be at most " + limit + " bytes")));
        return problem;
    }
}
