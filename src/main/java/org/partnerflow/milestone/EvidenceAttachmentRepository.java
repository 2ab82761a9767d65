package org.partnerflow.milestone;

import java.util.List;
import org.partnerflow.tasks.AttachmentView;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceAttachmentRepository extends JpaRepository<EvidenceAttachment, Long> {

    /** Metadata only: the content stays in the database until someone downloads it. */
    @Query("""
            select new org.partnerflow.tasks.AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy,
                   a.uploadedAt)
            from EvidenceAttachment a where a.milestoneId = :milestoneId order by a.uploadedAt""")
    List<AttachmentView> listFor(Long milestoneId);
}
