package org.partnerflow.casestudy;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts caseStudyUpdate (from the public form, a partner, a programme manager or a learning review) and carries
 * out its steps: triage, drafting, approval, publication or the recorded decline.
 */
@Service
public class CaseStudyUpdates {

    public static final String PROCESS_KEY = "caseStudyUpdate";
    private static final Logger log = LoggerFactory.getLogger(CaseStudyUpdates.class);

    private final CaseStudies caseStudies;
    private final CaseStudyUpdateRepository updates;
    private final UpdateRequestRepository requests;
    private final RuntimeService runtime;
    private final Clock clock;
    private final AuditTrail audit;
    private final Notifier notifier;
    /** The words of the reply's subject (i18n/mail.properties). */
    private final Formats formats;

    CaseStudyUpdates(CaseStudies caseStudies, CaseStudyUpdateRepository updates, UpdateRequestRepository requests,
            RuntimeService runtime, Clock clock, AuditTrail audit, Notifier notifier, Formats formats) {
        this.formats = formats;
        this.audit = audit;
        this.notifier = notifier;
        this.caseStudies = caseStudies;
        this.updates = updates;
        this.requests = requests;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Stores the public's request and starts its triage. A filled honeypot gets the same answer as a person but
     * nothing is stored or started. Only published case studies take requests.
     */
    @Transactional
    public Optional<UpdateView> requestFromPublic(String slug, PublicUpdateRequest body) {
        CaseStudy study = caseStudies.require(slug);
        caseStudies.latestVersion(study.getId()).orElseThrow(() -> new NotFoundException("Case study", slug));
        if (body.fromBot()) {
            log.info("Dropped an update request for {} that filled the honeypot", slug);
            return Optional.empty();
        }
        UpdateRequest request = requests.save(new UpdateRequest(study.getId(), body.name().strip(),
                body.email().strip(), body.message().strip(), clock.instant()));
        return Optional.of(start(study, UpdateSource.PUBLIC, request.getId(), null, null));
    }

    /** A partner (for their own partnership) or a programme manager opens a revision without triage. */
    @Transactional
    public UpdateView startBy(String slug, PartnerflowUser user) {
        CaseStudy study = caseStudies.require(slug);
        UpdateSource source;
        if (user.has(Role.PROGRAMME_MANAGER) || user.has(Role.ADMIN)) {
            source = UpdateSource.PROGRAMME_MANAGER;
        } else if (user.has(Role.PARTNER) && user.partnershipIds().contains(study.getPartnershipId())) {
            source = UpdateSource.PARTNER;
        } else {
            throw new AccessDeniedException("only the partnership or a programme manager revises a case study");
        }
        return start(study, source, null, null, user.getUsername());
    }

    /**
     * For the learning module: starts a revision of the partnership's case study (created if it has none) with a
     * signed-off learning review's text as the first draft; drafting starts at once, without triage.
     */
    @Transactional
    public UpdateView startFromLearningReview(long partnershipId, Draft draft) {
        return start(caseStudies.forPartnership(partnershipId), UpdateSource.LEARNING_REVIEW, null, draft, null);
    }

    private UpdateView start(CaseStudy study, UpdateSource source, Long requestId, Draft draft, String startedBy) {
        CaseStudyUpdate update = updates.save(new CaseStudyUpdate(study.getId(), source, requestId,
                draft == null ? null : draft.trimmed(), startedBy, clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseStudyId", study.getId());
        variables.put("partnershipId", study.getPartnershipId());
        variables.put("updateId", update.getId());
        variables.put("source", source.name());
        if (requestId != null) {
            variables.put("updateRequestId", requestId);
        }
        update.attachProcess(runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(update.getId()), variables)
                .getId());
        audit.record(entry(study, update, "CASE_STUDY_UPDATE_STARTED", "Update " + update.getId() + " of "
                + study.getSlug() + " started from " + source).by(source == UpdateSource.PUBLIC ? "public" : startedBy));
        return view(update, study);
    }

    // --- steps of caseStudyUpdate ------------------------------------------------------------------------

    @Transactional
    public void triage(long updateId, TriageRequest body, String manager) {
        if (body.decision() == TriageRequest.Decision.DECLINE && (body.reply() == null || body.reply().isBlank())) {
            throw new DomainRuleViolation("reply", "must say why the request is declined: the requester reads it");
        }
        CaseStudyUpdate update = require(updateId);
        update.triage(body.decision().name(), strip(body.reply()), manager);
        record(update, "CASE_STUDY_UPDATE_TRIAGED", "Update " + updateId + " triaged: " + body.decision(), manager);
        replyToRequester(update, body.decision());
    }

    /** The public's requester hears the decision and the programme manager's reply at the address they gave. */
    private void replyToRequester(CaseStudyUpdate update, TriageRequest.Decision decision) {
        if (update.getUpdateRequestId() == null) {
            return;
        }
        UpdateRequest request = requests.findById(update.getUpdateRequestId()).orElseThrow();
        CaseStudy study = caseStudies.require(update.getCaseStudyId());
        boolean accepted = decision == TriageRequest.Decision.ACCEPT;
        notifier.send(Notification.templated(Notification.mailto(request.getEmail()), "case-study-reply",
                formats.defaultText(accepted ? "mail.caseStudyReply.subject.accepted" : "mail.caseStudyReply.subject.declined",
                        study.getTitle()),
                "case-study-update-" + update.getId() + "-reply",
                Notification.model("name", request.getName(), "caseStudy", study.getTitle(), "slug", study.getSlug(),
                        "accepted", accepted, "reply", update.getTriageReply(), "message", request.getMessage(),
                        "receivedAt", request.getReceivedAt())));
    }

    @Transactional
    public void draft(long updateId, Draft body, String author) {
        CaseStudyUpdate update = require(updateId);
        update.draft(body.trimmed(), author);
        record(update, "CASE_STUDY_DRAFTED", "Update " + updateId + " drafted", author);
    }

    @Transactional
    public void approve(long updateId, ApprovalRequest body, String manager) {
        if (body.decision() == ApprovalRequest.Decision.RETURN && (body.comments() == null || body.comments().isBlank())) {
            throw new DomainRuleViolation("comments", "must say what to change before the draft can be published");
        }
        CaseStudyUpdate update = require(updateId);
        if (manager.equals(update.getDraftedBy())) {
            // Four eyes: the same rule as the task list and completion apply (DutyRule), checked here too.
            throw org.partnerflow.integrity.DutyRules.refusal(org.partnerflow.integrity.DutyRule.DRAFTER_APPROVES);
        }
        update.approve(body.decision().name(), strip(body.comments()), manager);
        boolean returned = body.decision() == ApprovalRequest.Decision.RETURN;
        record(update, returned ? "CASE_STUDY_DRAFT_RETURNED" : "CASE_STUDY_DRAFT_APPROVED",
                "Update " + updateId + ": " + body.decision(), manager);
    }

    /** Publishes the approved draft as the next version; a retried call publishes nothing twice. */
    @Transactional
    public int publish(long updateId) {
        CaseStudyUpdate update = require(updateId);
        if (update.getPublishedVersion() != null) {
            return update.getPublishedVersion();
        }
        int number = caseStudies.publish(update.getCaseStudyId(), update.getDraft(), update.getApprovedBy());
        update.published(number);
        return number;
    }

    /** Records the decline; the reply went to the requester by e-mail at triage. */
    @Transactional
    public void recordDecline(long updateId) {
        CaseStudyUpdate update = require(updateId);
        update.declined();
        record(update, "CASE_STUDY_UPDATE_DECLINED", "Update " + updateId + " declined", null);
    }

    @Transactional(readOnly = true)
    public UpdateView get(long updateId) {
        CaseStudyUpdate update = require(updateId);
        return view(update, caseStudies.require(update.getCaseStudyId()));
    }

    CaseStudyUpdate require(long updateId) {
        return updates.findById(updateId).orElseThrow(() -> new NotFoundException("Case-study update", updateId));
    }

    private void record(CaseStudyUpdate update, String action, String summary, String actor) {
        audit.record(entry(caseStudies.require(update.getCaseStudyId()), update, action, summary).by(actor));
    }

    private static AuditEntry entry(CaseStudy study, CaseStudyUpdate update, String action, String summary) {
        return AuditEntry.of(AuditSubject.CASE_STUDY, study.getId(), action, summary)
                .partnership(study.getPartnershipId()).change("updateId", null, update.getId());
    }

    private static UpdateView view(CaseStudyUpdate update, CaseStudy study) {
        return new UpdateView(update.getId(), study.getSlug(), update.getSource(), update.getStatus(),
                update.getProcessInstanceId(), update.getPublishedVersion());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
