package org.partnerflow.casestudy;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** One client address sent too many update requests in the window: a 429 problem with Retry-After. */
public class TooManyUpdateRequests extends ErrorResponseException {

    private final int limit;
    private final Duration window;

    public TooManyUpdateRequests(int limit, Duration window, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(limit, window), null);
        this.limit = limit;
        this.window = window;
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }

    /** How many requests one address may send in the window; the page words its own message from these. */
    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    private static ProblemDetail problem(int limit, Duration window) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "At most " + limit + " update requests can be sent from one address in " + window.toMinutes()
                        + " minutes. Please try again later.");
        problem.setTitle("Too many requests");
        return problem;
    }
}
