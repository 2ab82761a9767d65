package org.partnerflow.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code addReflections}: the learning partner's reflections and questions. */
public record ReflectionsRequest(@NotBlank @Size(max = 4000) String reflections) {
}
