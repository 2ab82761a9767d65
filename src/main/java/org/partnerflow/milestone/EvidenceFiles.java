package org.partnerflow.milestone;

import java.time.Clock;
import java.util.List;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Users;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.tasks.AttachmentView;
import org.partnerflow.tasks.TaskAttachments;
import org.partnerflow.tasks.UploadedFile;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence files of a milestone: taken with its submitMilestoneEvidence task, listed and downloaded. */
@Service
public class EvidenceFiles implements TaskAttachments {

    private final EvidenceAttachmentRepository attachments;
    private final MilestonePlan plan;
    private final Clock clock;
    private final AuditTrail audit;
    private final Users users;

    EvidenceFiles(EvidenceAttachmentRepository attachments, MilestonePlan plan, Clock clock, AuditTrail audit,
            Users users) {
        this.audit = audit;
        this.users = users;
        this.attachments = attachments;
        this.plan = plan;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String taskDefinitionKey) {
        return "submitMilestoneEvidence".equals(taskDefinitionKey);
    }

    @Override
    @Transactional
    public AttachmentView store(WorkItem task, UploadedFile file, PartnerflowUser user) {
        long milestoneId = Long.parseLong(task.businessKey());
        MilestoneFacts facts = plan.facts(milestoneId);
        if (facts.status() == MilestoneStatus.APPROVED) {
            throw new ConflictException("The milestone is approved; its evidence is closed.");
        }
        EvidenceAttachment saved = attachments.save(new EvidenceAttachment(milestoneId, safeName(file.fileName()),
                file.contentType(), file.content(), user.getUsername(), clock.instant()));
        audit.record(AuditEntry.of(AuditSubject.MILESTONE, milestoneId, "EVIDENCE_FILE_ATTACHED", "Attached "
                + saved.getFileName() + " to the evidence for " + facts.title())
                .award(facts.awardId(), facts.partnershipId()).by(user.getUsername()));
        return new AttachmentView(saved.getId(), saved.getFileName(), saved.getContentType(), saved.getSizeBytes(),
                saved.getUploadedBy(), saved.getUploadedAt());
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> of(long milestoneId) {
        return attachments.listFor(milestoneId);
    }

    /** The files as pages list them: who sent each by their display name (one query for all the names). */
    @Transactional(readOnly = true)
    public List<ListedFile> listed(long milestoneId) {
        List<AttachmentView> files = attachments.listFor(milestoneId);
        java.util.Map<String, String> names = users.displayNames(files.stream().map(AttachmentView::uploadedBy)
                .collect(java.util.stream.Collectors.toSet()));
        return files.stream().map(f -> new ListedFile(f.id(), milestoneId, f.fileName(), f.sizeBytes(),
                names.get(f.uploadedBy()), f.uploadedAt())).toList();
    }

    /** An evidence file as a page lists it; {@code sentBy} is the sender's display name. */
    public record ListedFile(Long id, long milestoneId, String fileName, long sizeBytes, String sentBy,
            java.time.Instant sentAt) {
    }

    /** The file with its content; the caller has checked the reader may see the milestone. */
    @Transactional(readOnly = true)
    public Download download(long milestoneId, long attachmentId) {
        EvidenceAttachment file = attachments.findById(attachmentId)
                .filter(a -> a.getMilestoneId().equals(milestoneId))
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** Keeps only the last path segment and printable characters: a name is shown and sent back in headers. */
    static String safeName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("[^A-Za-z0-9 ._()-]", "_");
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }

    /** A file to send to the reader. */
    public record Download(String fileName, String contentType, byte[] content) {
    }
}
