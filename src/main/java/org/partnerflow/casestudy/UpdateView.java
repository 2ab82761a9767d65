package org.partnerflow.casestudy;

/** A started case-study update: its id (the process's business key), where it is, and its process instance. */
public record UpdateView(long id, String slug, UpdateSource source, UpdateStatus status, String processInstanceId,
        Integer publishedVersion) {
}
