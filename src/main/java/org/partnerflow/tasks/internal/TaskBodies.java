package org.partnerflow.tasks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import org.partnerflow.shared.DateLimits;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.JsonPaths;
import org.partnerflow.shared.TextSafety;
import org.springframework.stereotype.Component;

/** Turns a completion body (JSON) into the task's typed record and validates it, naming each bad field. */
@Component
public class TaskBodies {

    private final ObjectMapper json;
    private final Validator validator;

    TaskBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <B> B read(JsonNode body, Class<B> type) {
        B value;
        try {
            value = json.treeToValue(body == null || body.isNull() ? json.createObjectNode() : body, type);
        } catch (TextSafety.ForbiddenCharacterException e) {
            throw new DomainRuleViolation(JsonPaths.of(e), e.rule());
        } catch (DateLimits.OutOfRangeException e) {
            throw new DomainRuleViolation(JsonPaths.of(e), e.rule());
        } catch (UnrecognizedPropertyException e) {
            throw new DomainRuleViolation(JsonPaths.of(e), "is not a known field");
        } catch (InvalidFormatException e) {
            String rule = e.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(e.getTargetType().getEnumConstants())
                    : "must be a valid " + e.getTargetType().getSimpleName().toLowerCase();
            throw new DomainRuleViolation(JsonPaths.of(e), rule);
        } catch (JsonMappingException e) {
            throw new DomainRuleViolation(JsonPaths.of(e), "has the wrong JSON type");
        } catch (JsonProcessingException e) {
            throw new DomainRuleViolation("body", "is not valid JSON");
        }
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        for (ConstraintViolation<B> violation : validator.validate(value)) {
            errors.check(false, violation.getPropertyPath().toString(), violation.getMessage());
        }
        errors.throwIfAny();
        return value;
    }

}
