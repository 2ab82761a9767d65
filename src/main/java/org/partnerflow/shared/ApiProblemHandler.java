package org.partnerflow.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail. Validation problems carry
 * {@code errors: [{field, message}]}; nothing internal (SQL, stack traces) reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(0) // before page advice (RuleRefusalPage), which would also match
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), message(e))));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new FieldProblem(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestTooLargeException tooLarge = causeOf(ex, RequestTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.badRequest().body(tooLarge.problem());
        }
        Throwable cause = ex.getCause();
        if (cause instanceof TextSafety.ForbiddenCharacterException forbidden) {
            return ResponseEntity.badRequest().body(validationProblem(List.of(
                    new FieldProblem(JsonPaths.of(forbidden), forbidden.rule()))));
        }
        if (cause instanceof DateLimits.OutOfRangeException date) {
            return ResponseEntity.badRequest().body(validationProblem(List.of(
                    new FieldProblem(JsonPaths.of(date), date.rule()))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(validationProblem(List.of(
                    new FieldProblem(JsonPaths.of(unknown), "is not a known field"))));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String expected = invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "must be a valid " + invalid.getTargetType().getSimpleName().toLowerCase();
            return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(JsonPaths.of(invalid), expected))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(validationProblem(List.of(
                    new FieldProblem(JsonPaths.of(mapping), "has the wrong JSON type"))));
        }
        String detail = cause instanceof JsonProcessingException json && json.getLocation() != null
                ? "The request body is not valid JSON (line " + json.getLocation().getLineNr()
                        + ", column " + json.getLocation().getColumnNr() + ")."
                : "The request body is missing or is not valid JSON.";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail));
    }

    /** A request parameter or path segment that is not of its type: a 400 naming it, dates with their limits. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String rule = DateLimits.RULE.equals(rootMessage(ex)) ? DateLimits.RULE
                : "must be a valid " + (ex.getRequiredType() == null ? "value"
                        : ex.getRequiredType().getSimpleName().toLowerCase());
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field, rule))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem("file",
                "must be at most " + (ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() / (1024 * 1024) + " MB"
                        : "the upload limit")))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type " + ex.getContentType();
        String accepted = ex.getSupportedMediaTypes().stream().map(Object::toString).distinct()
                .collect(Collectors.joining(", "));
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "The request body was sent with " + sent + "; this endpoint takes " + accepted + ".");
        problem.setProperty("errors", List.of(new FieldProblem("body", "must be sent as " + accepted).asMap()));
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(ex.getSupportedMediaTypes());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(accept).body(problem);
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<ProblemDetail> domainRule(DomainRuleViolation ex) {
        return ResponseEntity.badRequest().body(validationProblem(ex.errors().stream()
                .map(e -> new FieldProblem(e.field(), e.message())).toList()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage()));
    }

    /**
     * A write that lost a race: a JPA entity whose version moved on (Spring's translation, or the JPA and Hibernate
     * exceptions when they escape untranslated), or a Camunda entity (a task completed at the same time).
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleStateException.class, org.camunda.bpm.engine.OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> staleUpdate(Exception ex) {
        log.info("Refused a stale update: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(staleUpdateProblem());
    }

    /** The problem of a stale update: someone else changed the record since the caller read it. */
    static ProblemDetail staleUpdateProblem() {
        return problem(HttpStatus.CONFLICT, "Changed by someone else",
                "Someone else changed this record at the same time. Reload it and try again.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        log.warn("Rejected a write that broke a database constraint: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Conflict",
                "The change breaks a data rule (a duplicate or an amount out of range) and was not saved."));
    }

    /** A refusal by a named rule: the detail says which, and {@code rule} names it. */
    @ExceptionHandler(RuleRefusal.class)
    ResponseEntity<ProblemDetail> ruleRefusal(RuleRefusal ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "Forbidden",
                "Your role does not allow this."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error in the REST API", ex);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "Something went wrong on our side. Nothing was saved."));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail validationProblem(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", errors.stream().map(FieldProblem::asMap).toList());
        return problem;
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }


    @Nullable
    private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    record FieldProblem(String field, String message) {
        Map<String, String> asMap() {
            return Map.of("field", field, "message", message == null ? "is invalid" : message);
        }
    }
}
