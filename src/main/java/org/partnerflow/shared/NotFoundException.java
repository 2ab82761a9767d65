package org.partnerflow.shared;

/**
 * The object does not exist, or the caller may not know that it does: both answer 404 so that a
 * partner of another partnership learns nothing from an id.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
