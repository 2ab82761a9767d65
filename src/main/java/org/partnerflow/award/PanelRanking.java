package org.partnerflow.award;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.programme.Criterion;
import org.partnerflow.programme.ProgrammeCriteria;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's view of a programme: the proposals waiting for {@code decideAward}, best first by weighted score, with
 * a running total of the amounts requested against the remaining budget. A fixed number of statements however many
 * proposals wait: the open decideAward tasks, their awards, and the current assessments with their scores.
 */
@Service
public class PanelRanking {

    static final String DECIDE_AWARD = "decideAward";

    private final TaskService tasks;
    private final AwardRepository awards;
    private final EntityManager entityManager;
    private final Programmes programmes;
    private final ProgrammeCriteria criteria;

    PanelRanking(TaskService tasks, AwardRepository awards, EntityManager entityManager, Programmes programmes,
            ProgrammeCriteria criteria) {
        this.tasks = tasks;
        this.awards = awards;
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.criteria = criteria;
    }

    @Transactional(readOnly = true)
    public List<PanelEntry> of(long programmeId, PartnerflowUser user) {
        ProgrammeView programme = programmes.get(programmeId, user);
        Map<String, String> taskByInstance = tasks.createTaskQuery().processDefinitionKey(Proposals.PROCESS_KEY)
                .taskDefinitionKey(DECIDE_AWARD).processVariableValueEquals("programmeId", programmeId).list()
                .stream().collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (a, b) -> a));
        if (taskByInstance.isEmpty()) {
            return List.of();
        }
        List<Award> waiting = awards.findByProcessInstanceIdIn(taskByInstance.keySet());
        Map<Long, List<Assessment>> assessed = current(waiting);
        Map<String, Integer> weights = criteria.of(programmeId).stream()
                .collect(Collectors.toMap(Criterion::name, Criterion::weight, (a, b) -> a, LinkedHashMap::new));
        List<Unranked> unranked = waiting.stream().map(a -> new Unranked(a,
                spreads(assessed.getOrDefault(a.getId(), List.of()), weights.keySet()),
                assessed.getOrDefault(a.getId(), List.of()))).toList();
        List<PanelEntry> ranked = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (Unranked u : unranked.stream().map(u -> u.scored(weights)).sorted(BEST_FIRST).toList()) {
            BigDecimal requested = u.award.getAmountRequested() == null ? BigDecimal.ZERO.setScale(2)
                    : u.award.getAmountRequested();
            cumulative = cumulative.add(requested);
            ranked.add(new PanelEntry(u.award.getId(), u.award.getReference(), u.award.getPartnership().getName(),
                    requested, u.weightedScore, u.spreads, u.assessments.size(), cumulative,
                    cumulative.compareTo(programme.remainingBudget()) <= 0,
                    taskByInstance.get(u.award.getProcessInstanceId())));
        }
        return ranked;
    }

    private static final Comparator<Unranked> BEST_FIRST = Comparator
            .comparing((Unranked u) -> u.weightedScore, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(u -> u.award.getId());

    /** The assessments of each award's proposal as last submitted, with their scores, in one statement. */
    private Map<Long, List<Assessment>> current(List<Award> waiting) {
        if (waiting.isEmpty()) {
            return Map.of();
        }
        Map<Long, Award> byId = waiting.stream().collect(Collectors.toMap(Award::getId, Function.identity()));
        return entityManager.createQuery("""
                        select distinct s from Assessment s left join fetch s.scores
                        where s.award.id in :ids order by s.submittedAt""", Assessment.class)
                .setParameter("ids", byId.keySet()).getResultList().stream()
                .filter(s -> s.getRound() == byId.get(awardIdOf(s)).getRound())
                .collect(Collectors.groupingBy(PanelRanking::awardIdOf));
    }

    private static Long awardIdOf(Assessment assessment) {
        return assessment.getAwardId();
    }

    /** Each criterion scored: the programme's in its order, then any other an earlier list had. */
    private static List<PanelEntry.CriterionSpread> spreads(List<Assessment> assessments, java.util.Set<String> order) {
        Map<String, IntSummaryStatistics> stats = new LinkedHashMap<>();
        order.forEach(name -> stats.put(name, null));
        for (Assessment a : assessments) {
            for (Assessment.Score s : a.getScores()) {
                stats.computeIfAbsent(s.criterion(), k -> new IntSummaryStatistics()).accept(s.score());
            }
        }
        return stats.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().getCount() > 0)
                .map(e -> new PanelEntry.CriterionSpread(e.getKey(), BigDecimal.valueOf(e.getValue().getAverage())
                        .setScale(2, RoundingMode.HALF_UP), e.getValue().getMin(), e.getValue().getMax()))
                .toList();
    }

    /** An award waiting, before it is ranked. */
    private static final class Unranked {
        final Award award;
        final List<PanelEntry.CriterionSpread> spreads;
        final List<Assessment> assessments;
        BigDecimal weightedScore;

        Unranked(Award award, List<PanelEntry.CriterionSpread> spreads, List<Assessment> assessments) {
            this.award = award;
            this.spreads = spreads;
            this.assessments = assessments;
        }

        /**
         * Each criterion's mean times its weight, over the weights: the programme's weight for its own criteria,
         * the weight a score was given for a criterion the programme no longer has.
         */
        Unranked scored(Map<String, Integer> weights) {
            Map<String, Integer> given = new LinkedHashMap<>();
            assessments.forEach(a -> a.getScores().forEach(s -> given.putIfAbsent(s.criterion(), s.weight())));
            BigDecimal total = BigDecimal.ZERO;
            int sum = 0;
            for (PanelEntry.CriterionSpread c : spreads) {
                int weight = weights.getOrDefault(c.name(), given.getOrDefault(c.name(), 1));
                total = total.add(c.mean().multiply(BigDecimal.valueOf(weight)));
                sum += weight;
            }
            weightedScore = sum == 0 ? null : total.divide(BigDecimal.valueOf(sum), 2, RoundingMode.HALF_UP);
            return this;
        }
    }
}
