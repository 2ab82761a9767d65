package org.partnerflow.audit;

/** What kind of thing an audit event is about. */
public enum AuditSubject {
    AWARD, MILESTONE, TRANCHE, DISBURSEMENT, SPEND_RETURN, LEARNING_REVIEW, CASE_STUDY, PROGRAMME, PARTNERSHIP,
    ORGANISATION, USER, TASK
}
