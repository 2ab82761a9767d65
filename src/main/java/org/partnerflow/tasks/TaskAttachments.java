package org.partnerflow.tasks;

import org.partnerflow.security.PartnerflowUser;

/** Stores files sent with a kind of task; the workflow module that owns the task implements it. */
public interface TaskAttachments {

    boolean accepts(String taskDefinitionKey);

    /** Stores a file that {@link AttachmentPolicy} has accepted, for the task's subject (a milestone, a report). */
    AttachmentView store(WorkItem task, UploadedFile file, PartnerflowUser user);
}
