package org.partnerflow.integrity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.RuleRefusal;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Whether a user may do a duty: the one check behind task reads, claims and completions (tasks), Camunda's REST API
 * (integrity.internal) and named assessors (award). The rules are {@link DutyRule}; the task list applies the same
 * relations in its own query. A task that is no duty (a partnership's own work) is never refused here.
 */
@Service
public class DutyRules {

    private final NamedParameterJdbcTemplate jdbc;

    DutyRules(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule the user would break by doing the task of this process instance, if any. One statement per rule. */
    public Optional<DutyRule> check(String username, String taskDefinitionKey, String processInstanceId) {
        Optional<Duty> duty = Duty.ofTask(taskDefinitionKey);
        if (duty.isEmpty() || processInstanceId == null) {
            return Optional.empty();
        }
        Set<DutyRule> involving = EnumSet.noneOf(DutyRule.class);
        for (DutyRule rule : DutyRule.guarding(duty.get())) {
            if (involved(username, rule, processInstanceId)) {
                involving.add(rule);
                break; // the first broken rule is the one named
            }
        }
        return DutyRule.broken(duty.get(), involving);
    }

    /** Refuses (403 naming the rule) a user who would break a rule by doing the task. */
    public void require(PartnerflowUser user, String taskDefinitionKey, String processInstanceId) {
        check(user.getUsername(), taskDefinitionKey, processInstanceId).ifPresent(rule -> {
            throw refusal(rule);
        });
    }

    /** Whether the user belongs to the partnership or has declared an interest in it or one of its organisations. */
    public boolean conflicted(String username, long partnershipId) {
        Long found = jdbc.queryForObject("select count(*) from duty_partnership_conflict where username = :user"
                + " and subject_id = :subject", Map.of("user", username, "subject", partnershipId), Long.class);
        return found != null && found > 0;
    }

    public static RuleRefusal refusal(DutyRule rule) {
        return new RuleRefusal(rule.code(), rule.message());
    }

    private boolean involved(String username, DutyRule rule, String processInstanceId) {
        // The relation is one of DutyRule's constants, never input.
        Long found = jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE V join " + rule.relation()
                        + " R on R.subject_id = V.LONG_ where V.PROC_INST_ID_ = :instance"
                        + " and V.EXECUTION_ID_ = :instance and V.NAME_ = :variable and R.username = :user",
                Map.of("instance", processInstanceId, "variable", rule.variable(), "user", username), Long.class);
        return found != null && found > 0;
    }
}
