package org.partnerflow.casestudy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds what each case-study task form shows beside the form, and the text a draft form starts from. */
@Service
public class UpdateContexts {

    private final CaseStudyUpdates updates;
    private final CaseStudies caseStudies;
    private final UpdateRequestRepository requests;

    UpdateContexts(CaseStudyUpdates updates, CaseStudies caseStudies, UpdateRequestRepository requests) {
        this.updates = updates;
        this.caseStudies = caseStudies;
        this.requests = requests;
    }

    /**
     * The context of an update at one of its tasks. The requester's e-mail address is shown only to the programme
     * managers who triage; the partnership drafting sees the name and message.
     */
    @Transactional(readOnly = true)
    public UpdateContext of(long updateId, boolean withEmail) {
        CaseStudyUpdate update = updates.require(updateId);
        CaseStudy study = caseStudies.require(update.getCaseStudyId());
        CaseStudyVersion current = caseStudies.latestVersion(study.getId()).orElse(null);
        UpdateContext.RequestView request = update.getUpdateRequestId() == null ? null
                : requests.findById(update.getUpdateRequestId()).map(r -> new UpdateContext.RequestView(r.getName(),
                        withEmail ? r.getEmail() : null, r.getMessage(), r.getReceivedAt())).orElse(null);
        VersionDiff changes = update.getDraft() == null ? null : VersionDiff.of(study.getSlug(),
                current == null ? 0 : current.getNumber(), null, current == null ? null : current.getSections(),
                update.getDraft());
        return new UpdateContext(update.getId(), study.getSlug(), study.getTitle(), study.getPartnershipId(),
                update.getSource(), update.getStatus(), current == null ? null : VersionView.of(study, current, true),
                request, update.getTriageReply(), update.getDraft(), update.getDraftedBy(),
                update.getApprovalComments(), changes);
    }

    /** The text a draft starts from: the draft so far (returned or handed over), else the latest published version. */
    @Transactional(readOnly = true)
    public Draft startingText(long updateId) {
        CaseStudyUpdate update = updates.require(updateId);
        if (update.getDraft() != null) {
            return update.getDraft();
        }
        return caseStudies.latestVersion(update.getCaseStudyId()).map(CaseStudyVersion::getSections).orElse(null);
    }
}
