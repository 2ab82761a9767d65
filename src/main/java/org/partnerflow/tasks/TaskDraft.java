package org.partnerflow.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** What a candidate saved of a task's form without completing it: a JSON object, when and by whom. */
public record TaskDraft(JsonNode body, Instant savedAt, String savedBy) {
}
