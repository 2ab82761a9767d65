package org.partnerflow.award.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AssessorAnonymity;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardProperties;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.CloseOut;
import org.partnerflow.award.Offers;
import org.partnerflow.award.PanelDecisions;
import org.partnerflow.award.Proposals;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.FinalReportRequest;
import org.partnerflow.award.FinalReportReview;
import org.partnerflow.award.FinalReviewRequest;
import org.partnerflow.award.ProgrammeTerms;
import org.partnerflow.award.ProposalRequest;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeCriteria;
import org.partnerflow.security.Role;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of grantAward plugged into the task list: their bodies, form data and effects. */
@Configuration(proxyBeanMethods = false)
class AwardTaskForms {

    @Bean
    TaskForm<ProposalRequest> submitProposalForm(AwardQueries awards, Proposals proposals, Partnerships partnerships) {
        return form("submitProposal", ProposalRequest.class, awards, (data, awardId) -> {
            ProgrammeTerms terms = awards.termsFor(awardId);
            data.put("awardCap", terms.awardCap());
            data.put("remainingBudget", terms.remainingBudget());
            data.put("maxDurationMonths", terms.maxDurationMonths());
            data.put("requiredMemberTypes", terms.requiredMemberTypes());
        }, (task, body, user) -> {
            proposals.submitProposal(task.awardId(), body);
            return Map.of();
        }).withPrefill((task, data, user) -> AwardPrefills.proposal(AwardPrefills.award(data),
                () -> partnerships.get(task.partnershipId(), user)));
    }

    /** {@code data.criteria[]} is the programme's criteria as they are now: {@code [{name, guidance, weight}]}. */
    @Bean
    TaskForm<AssessmentRequest> assessProposalForm(AwardQueries awards, Proposals proposals,
            ProgrammeCriteria criteria) {
        return form("assessProposal", AssessmentRequest.class, awards,
                (data, awardId) -> data.put("criteria", criteria.of(AwardPrefills.award(data).award().programmeId())),
                (task, body, user) -> {
                    proposals.assess(task.awardId(), body, user.getUsername());
                    return Map.of();
                }).withPrefill((task, data, user) -> AwardPrefills.assessment(AwardPrefills.criteria(data)));
    }

    @Bean
    TaskForm<DecisionRequest> decideAwardForm(AwardQueries awards, PanelDecisions decisions) {
        return form("decideAward", DecisionRequest.class, awards, (data, awardId) -> {
            ProgrammeTerms terms = awards.termsFor(awardId);
            data.put("awardCap", terms.awardCap());
            data.put("remainingBudget", terms.remainingBudget());
        }, (task, body, user) -> {
            decisions.decide(task.awardId(), body, user.getUsername());
            return Map.of("decision", body.decision().name());
        }).withPrefill((task, data, user) -> AwardPrefills.decision(AwardPrefills.award(data)))
                .withPageContext((task, data, user) -> {
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("award", AwardPrefills.award(data));
                    page.put("budgetYears", AwardPrefills.budgetYears(AwardPrefills.award(data)));
                    return page;
                });
    }

    @Bean
    TaskForm<AcceptanceRequest> acceptOfferForm(AwardQueries awards, Offers offers) {
        return form("acceptOffer", AcceptanceRequest.class, awards, null, (task, body, user) -> {
            offers.answerOffer(task.awardId(), user.getUsername(), body.accept());
            return Map.of("accepted", body.accept());
        });
    }

    @Bean
    TaskForm<FinalReportRequest> submitFinalReportForm(AwardQueries awards, CloseOut closeOut) {
        return form("submitFinalReport", FinalReportRequest.class, awards, null, (task, body, user) -> {
            closeOut.submitFinalReport(task.awardId(), body, user.getUsername());
            return Map.of();
        }).withPrefill((task, data, user) -> AwardPrefills.finalReport(AwardPrefills.award(data)));
    }

    /** The review of the final report, beside the award's money at close-out. */
    @Bean
    TaskForm<FinalReviewRequest> reviewFinalReportForm(AwardQueries awards, FinalReportReview review) {
        return form("reviewFinalReport", FinalReviewRequest.class, awards,
                (data, awardId) -> data.put("closeOut", review.money(awardId)), (task, body, user) -> {
                    review.review(task.awardId(), body, user.getUsername());
                    return Map.of("finalReportDecision", body.decision().name());
                }).withPageContext((task, data, user) -> Map.of("award", AwardPrefills.award(data),
                        "closeOut", data.get("closeOut")));
    }

    /**
     * What every award task's form shows: the award as it stands, plus what the task adds (may be null); its page
     * shows the award beside the form.
     */
    private static <B> TaskForms.Form<B> form(String key, Class<B> type, AwardQueries awards,
            BiConsumer<Map<String, Object>, Long> extra, TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> {
            Map<String, Object> data = new LinkedHashMap<>();
            AwardDetail award = awards.detail(task.awardId());
            // A partnership's own tasks never show who assessed it or their scores.
            data.put("award", task.candidateGroups().stream()
                    .anyMatch(g -> Role.partnershipOf(g).isPresent()) ? AssessorAnonymity.forPartners(award) : award);
            if (extra != null) {
                extra.accept(data, task.awardId());
            }
            return data;
        }, completion).withPageContext((task, data, user) ->
                Collections.singletonMap("award", AwardPrefills.award(data)));
    }
}
