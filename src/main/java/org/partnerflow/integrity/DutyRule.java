package org.partnerflow.integrity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The separation-of-duties rules, in one place. Each says which duties it guards, and what makes a user unfit for
 * one: a relation of (username, subject_id) rows (a view, migrations V30 and V33) matched against a variable of the task's
 * process (the partnership, the award or the case-study update).
 */
public enum DutyRule {
    CONFLICT_OF_INTEREST("conflict-of-interest", "duty_partnership_conflict", "partnershipId",
            EnumSet.of(Duty.ASSESS, Duty.DECIDE, Duty.REVIEW_EVIDENCE, Duty.PROPOSE_RELEASE, Duty.APPROVE_RELEASE,
                    Duty.ASSESS_VARIATION, Duty.APPROVE_VARIATION),
            "Separation of duties (conflict-of-interest): nobody may do this for a partnership they belong to or"
                    + " have declared an interest in (in the partnership or one of its member organisations)."),
    ASSESSOR_DECIDES("assessor-may-not-decide", "duty_award_assessor", "awardId", EnumSet.of(Duty.DECIDE),
            "Separation of duties (assessor-may-not-decide): nobody may decide an award they assessed."),
    DRAFTER_APPROVES("drafter-may-not-approve", "duty_case_study_drafter", "updateId",
            EnumSet.of(Duty.APPROVE_CASE_STUDY),
            "Separation of duties (drafter-may-not-approve): nobody may approve a case-study version they drafted."),
    REQUESTER_ASSESSES("requester-may-not-assess", "duty_variation_requester", "variationId",
            EnumSet.of(Duty.ASSESS_VARIATION),
            "Separation of duties (requester-may-not-assess): nobody may assess an award variation they asked for."),
    REQUESTER_OR_RECOMMENDER_APPROVES("requester-or-recommender-may-not-approve",
            "duty_variation_requester_or_recommender", "variationId", EnumSet.of(Duty.APPROVE_VARIATION),
            "Separation of duties (requester-or-recommender-may-not-approve): nobody may approve an award variation"
                    + " they asked for or recommended.");

    private final String code;
    private final String relation;
    private final String variable;
    private final Set<Duty> duties;
    private final String message;

    DutyRule(String code, String relation, String variable, Set<Duty> duties, String message) {
        this.code = code;
        this.relation = relation;
        this.variable = variable;
        this.duties = duties;
        this.message = message;
    }

    /** The rule's short name, as problem details give it. */
    public String code() {
        return code;
    }

    /** The view of (username, subject_id) rows naming who is unfit, and for which subject. */
    public String relation() {
        return relation;
    }

    /** The process variable holding the subject's id. */
    public String variable() {
        return variable;
    }

    public Set<Duty> duties() {
        return duties;
    }

    /** The task keys of the duties this rule guards. */
    public List<String> taskKeys() {
        return duties.stream().map(Duty::taskKey).toList();
    }

    public String message() {
        return message;
    }

    /** The rules that guard a duty, in the order they are checked. */
    public static List<DutyRule> guarding(Duty duty) {
        return Arrays.stream(values()).filter(r -> r.duties.contains(duty)).toList();
    }

    /**
     * The first rule broken by doing the duty, given the rules whose relation names the user for the task's subject.
     * Pure: the facts come from {@link DutyRules}.
     */
    public static java.util.Optional<DutyRule> broken(Duty duty, Set<DutyRule> involving) {
        return guarding(duty).stream().filter(involving::contains).findFirst();
    }
}
