package org.partnerflow.tasks;

import java.time.Instant;

/** A stored attachment, without its content. */
public record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
