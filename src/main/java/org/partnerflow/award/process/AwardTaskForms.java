package org.partnerflow.award.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardProperties;
import org.partnerflow.award.Awards;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.FinalReportRequest;
import org.partnerflow.award.ProgrammeTerms;
import org.partnerflow.award.ProposalRequest;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of grantAward plugged into the task list: their bodies, form data and effects. */
@Configuration(proxyBeanMethods = false)
class AwardTaskForms {

    @Bean
    TaskForm<ProposalRequest> submitProposalForm(Awards awards) {
        return new AwardForm<>("submitProposal", ProposalRequest.class, awards) {
            @Override
            protected void extra(Map<String, Object> data, long awardId) {
                ProgrammeTerms terms = awards.termsFor(awardId);
                data.put("awardCap", terms.awardCap());
                data.put("remainingBudget", terms.remainingBudget());
                data.put("maxDurationMonths", terms.maxDurationMonths());
                data.put("requiredMemberTypes", terms.requiredMemberTypes());
            }

            @Override
            public Map<String, Object> complete(WorkItem task, ProposalRequest body, PartnerflowUser user) {
                awards.submitProposal(task.awardId(), body);
                return Map.of();
            }
        };
    }

    @Bean
    TaskForm<AssessmentRequest> assessProposalForm(Awards awards, AwardProperties properties) {
        return new AwardForm<>("assessProposal", AssessmentRequest.class, awards) {
            @Override
            protected void extra(Map<String, Object> data, long awardId) {
                data.put("criteria", properties.criteria());
            }

            @Override
            public Map<String, Object> complete(WorkItem task, AssessmentRequest body, PartnerflowUser user) {
                awards.assess(task.awardId(), body, user.getUsername());
                return Map.of();
            }
        };
    }

    @Bean
    TaskForm<DecisionRequest> decideAwardForm(Awards awards) {
        return new AwardForm<>("decideAward", DecisionRequest.class, awards) {
            @Override
            protected void extra(Map<String, Object> data, long awardId) {
                data.put("awardCap", awards.termsFor(awardId).awardCap());
                data.put("remainingBudget", awards.termsFor(awardId).remainingBudget());
            }

            @Override
            public Map<String, Object> complete(WorkItem task, DecisionRequest body, PartnerflowUser user) {
                awards.decide(task.awardId(), body, user.getUsername());
                return Map.of("decision", body.decision().name());
            }
        };
    }

    @Bean
    TaskForm<AcceptanceRequest> acceptOfferForm(Awards awards) {
        return new AwardForm<>("acceptOffer", AcceptanceRequest.class, awards) {
            @Override
            public Map<String, Object> complete(WorkItem task, AcceptanceRequest body, PartnerflowUser user) {
                awards.answerOffer(task.awardId(), user.getUsername());
                return Map.of("accepted", body.accept());
            }
        };
    }

    @Bean
    TaskForm<FinalReportRequest> submitFinalReportForm(Awards awards) {
        return new AwardForm<>("submitFinalReport", FinalReportRequest.class, awards) {
            @Override
            public Map<String, Object> complete(WorkItem task, FinalReportRequest body, PartnerflowUser user) {
                awards.submitFinalReport(task.awardId(), body.report(), user.getUsername());
                return Map.of();
            }
        };
    }

    /** What every award task's form shows: the award as it stands. */
    abstract static class AwardForm<B> implements TaskForm<B> {
        private final String key;
        private final Class<B> type;
        private final Awards awards;

        AwardForm(String key, Class<B> type, Awards awards) {
            this.key = key;
            this.type = type;
            this.awards = awards;
        }

        @Override
        public String taskDefinitionKey() {
            return key;
        }

        @Override
        public Class<B> bodyType() {
            return type;
        }

        @Override
        public Map<String, Object> data(WorkItem task) {
            Map<String, Object> data = new LinkedHashMap<>();
            AwardDetail award = awards.detail(task.awardId());
            data.put("award", award);
            extra(data, task.awardId());
            return data;
        }

        protected void extra(Map<String, Object> data, long awardId) {
        }
    }
}
