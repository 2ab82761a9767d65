package org.partnerflow.shared;

/** The request clashes with the current state (a duplicate code, a task claimed by someone else). Maps to 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
