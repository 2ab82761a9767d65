package org.partnerflow.scale;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.milestone.EvidenceRequest;
import org.partnerflow.milestone.MilestoneDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a portfolio of N programmes and M partnerships. Rows go in with JDBC batch inserts (ids assigned here,
 * identity columns and award_seq moved past them afterwards); process state that matters is made through the
 * engine: a share of active awards gets a running milestoneDelivery instance for its first milestone (or its first
 * two or three), and a third of those have evidence submitted so that the instance waits at the managers' review.
 *
 * <p>Each partnership gets: a lead and a member organisation, a partner user scale.p{id} (password as given),
 * one award whose status follows a fixed mix (60 percent active, 15 percent closed with everything approved,
 * released and signed off, the rest proposed, under assessment, offered or rejected), three milestones with
 * three tranches, four learning reviews, and a published case study for closed awards. Not a Spring bean: the
 * profile runner and the tests build it.
 */
public class ScaleData {

    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);
    private static final int BATCH = 500;
    /** Status of each award in turn: every ten partnerships hold every status (12 active, 3 closed in 20). */
    private static final String[] MIX = {"ACTIVE", "CLOSED", "PROPOSED", "ACTIVE", "UNDER_ASSESSMENT", "ACTIVE",
        "OFFERED", "ACTIVE", "REJECTED", "ACTIVE", "ACTIVE", "CLOSED", "ACTIVE", "ACTIVE", "CLOSED", "ACTIVE",
        "REJECTED", "ACTIVE", "ACTIVE", "ACTIVE"};

    /** What one run wrote. */
    public record Result(int programmes, int partnerships, int activeAwards, int closedAwards, int processes,
            int awaitingReview, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MilestoneDelivery delivery;
    private final Clock clock;
    private final String passwordHash;

    public ScaleData(JdbcTemplate jdbc, TransactionTemplate tx, RuntimeService runtime, TaskService tasks,
            MilestoneDelivery delivery, Clock clock, String passwordHash) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.runtime = runtime;
        this.tasks = tasks;
        this.delivery = delivery;
        this.clock = clock;
        this.passwordHash = passwordHash;
    }

    /**
     * Adds the given numbers of programmes and partnerships (partnerships spread evenly); processShare is the
     * share of active awards that get a running milestone process (0 to 1).
     */
    public Result generate(int programmeCount, int partnershipCount, double processShare) {
        return generate(programmeCount, partnershipCount, processShare, 1);
    }

    /**
     * As {@link #generate(int, int, double)}, with running milestone processes for the first milestonesRunning
     * milestones of each chosen award (1 to 3): in the product all three run side by side from the award's start
     * (grantAward's deliverMilestones is a parallel multi-instance), so 3 is the busiest realistic state, and the
     * load benchmark uses it to have enough open tasks at 50 users.
     */
    public Result generate(int programmeCount, int partnershipCount, double processShare, int milestonesRunning) {
        long started = System.currentTimeMillis();
        int running = Math.max(1, Math.min(3, milestonesRunning));
        Plan plan = tx.execute(status -> writeRows(Math.max(1, programmeCount), partnershipCount, running));
        int processes = 0;
        int awaitingReview = 0;
        int wanted = (int) Math.round(plan.toRun.size() * Math.max(0, Math.min(1, processShare)));
        for (int i = 0; i < wanted; i++) {
            long[] m = plan.toRun.get(i);
            String instanceId = runtime.startProcessInstanceByKey("milestoneDelivery", String.valueOf(m[0]),
                    Map.of("milestoneId", m[0], "awardId", m[1], "partnershipId", m[2])).getId();
            processes++;
            if (i % 3 == 2) {
                Task submit = tasks.createTaskQuery().processInstanceId(instanceId)
                        .taskDefinitionKey("submitMilestoneEvidence").singleResult();
                delivery.submitEvidence(m[0], m[2], new EvidenceRequest("Scale data evidence for milestone " + m[0],
                        List.of("https://example.org/evidence/" + m[0])), "scale.p" + m[2]);
                tasks.complete(submit.getId());
                awaitingReview++;
            }
        }
        Result result = new Result(programmeCount, partnershipCount, plan.active, plan.closed, processes,
                awaitingReview, System.currentTimeMillis() - started);
        log.info("Scale data: {}", result);
        return result;
    }

    private static final class Plan {
        /** Milestones to run (milestone, award, partnership, sequence): every award's first, then second, then third. */
        final List<long[]> toRun = new ArrayList<>();
        int active;
        int closed;
    }

    private Plan writeRows(int programmeCount, int partnershipCount, int running) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        LocalDate today = LocalDate.now(clock);
        long orgId = next("organisation");
        long programmeId = next("programme");
        long partnershipId = next("partnership");
        long memberId = next("partnership_member");
        long userId = next("app_user");
        long awardId = Math.max(next("award"), jdbc.queryForObject("select count(*) from award", Long.class) + 1);
        long milestoneId = next("milestone");
        long trancheId = next("payment_tranche");
        long reviewId = next("learning_review");
        long caseStudyId = next("case_study");
        long versionId = next("case_study_version");
        long disbursementId = next("disbursement");
        String run = Long.toString(programmeId, 36).toUpperCase();

        List<Object[]> orgs = new ArrayList<>();
        List<Object[]> programmes = new ArrayList<>();
        List<Object[]> partnerships = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> userPartnerships = new ArrayList<>();
        List<Object[]> awards = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        List<Object[]> tranches = new ArrayList<>();
        List<Object[]> disbursements = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        List<Object[]> caseStudies = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        Plan plan = new Plan();

        long[] programmeIds = new long[programmeCount];
        BigDecimal[] awarded = new BigDecimal[programmeCount];
        for (int p = 0; p < programmeCount; p++) {
            long funder = orgId++;
            orgs.add(new Object[] {funder, "Scale funder " + run + "-" + p, "FUNDER", "GB-SCALE-" + run + "-F" + p});
            programmeIds[p] = programmeId++;
            awarded[p] = BigDecimal.ZERO;
        }
        for (int i = 0; i < partnershipCount; i++) {
            int p = i % programmeCount;
            long lead = orgId++;
            long member = orgId++;
            orgs.add(new Object[] {lead, "Scale council " + run + "-" + i, "LOCAL_AUTHORITY", "GB-SCALE-" + run + "-L" + i});
            orgs.add(new Object[] {member, "Scale charity " + run + "-" + i, "VCSE", "GB-SCALE-" + run + "-V" + i});
            long ps = partnershipId++;
            partnerships.add(new Object[] {ps, programmeIds[p], "Scale partnership " + run + "-" + i, "Place " + i,
                    "Generated for performance tests.", lead, nowTs});
            members.add(new Object[] {memberId++, ps, lead, "Lead"});
            members.add(new Object[] {memberId++, ps, member, "Delivery partner"});
            long user = userId++;
            users.add(new Object[] {user, "scale.p" + ps, "Partner of scale partnership " + i, passwordHash, nowTs});
            roles.add(new Object[] {user, "PARTNER"});
            userPartnerships.add(new Object[] {user, ps});

            long award = awardId++;
            String status = MIX[i % MIX.length];
            boolean decided = List.of("ACTIVE", "CLOSED", "OFFERED").contains(status);
            BigDecimal requested = BigDecimal.valueOf(90_000 + (i % 7) * 10_000L);
            BigDecimal granted = decided ? requested : null;
            BigDecimal released = "CLOSED".equals(status) ? requested : BigDecimal.ZERO;
            LocalDate start = "CLOSED".equals(status) ? today.minusMonths(30) : today.minusMonths(6);
            if (decided) {
                awarded[p] = awarded[p].add(requested);
            }
            awards.add(new Object[] {award, "PF-SC" + run + "-" + award, programmeIds[p], ps, status,
                    "Scale award " + i, requested, granted, released, decided ? Date.valueOf(start) : null,
                    decided ? 24 : null, decided ? Date.valueOf(start.plusMonths(24)) : null,
                    decided ? "APPROVE" : "REJECTED".equals(status) ? "REJECT" : null, "scale", nowTs});
            if (!"ACTIVE".equals(status) && !"CLOSED".equals(status)) {
                continue;
            }
            boolean closed = "CLOSED".equals(status);
            if (closed) {
                plan.closed++;
            } else {
                plan.active++;
            }
            BigDecimal third = requested.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
            for (int s = 1; s <= 3; s++) {
                long m = milestoneId++;
                LocalDate due = closed ? start.plusMonths(6L * s) : today.plusDays(30L * s + (i % 30));
                milestones.add(new Object[] {m, award, s, "Milestone " + s, Date.valueOf(due), "Evidence of step " + s,
                        closed ? "APPROVED" : "PLANNED", closed ? Date.valueOf(due) : null});
                BigDecimal amount = s < 3 ? third : requested.subtract(third.multiply(BigDecimal.valueOf(2)));
                long t = trancheId++;
                tranches.add(new Object[] {t, award, programmeIds[p], s, amount, Date.valueOf(due), closed ? "RELEASED" : "SCHEDULED",
                        closed ? Date.valueOf(due) : null, m});
                if (closed) {
                    disbursements.add(new Object[] {disbursementId++, award, t, amount, Date.valueOf(due), "scale",
                            nowTs});
                }
                if (s <= running && !closed) {
                    plan.toRun.add(new long[] {m, award, ps, s});
                }
            }
            for (int r = 1; r <= 4; r++) {
                LocalDate due = closed ? start.plusMonths(6L * r) : today.plusMonths(3L * r).plusDays(i % 28);
                reviews.add(new Object[] {reviewId++, award, ps, Date.valueOf(due), closed ? "SIGNED_OFF" : "PLANNED",
                        closed ? "Worked well together." : null, closed ? "scale.p" + ps : null,
                        closed ? "learning" : null, closed ? Date.valueOf(due.plusDays(20)) : null});
            }
            if (closed) {
                long cs = caseStudyId++;
                caseStudies.add(new Object[] {cs, ps, "scale-" + run.toLowerCase() + "-" + i, "Scale story " + i, nowTs});
                versions.add(new Object[] {versionId++, cs, 1, "About scale partnership " + i, "Went well.",
                        "Challenges overcome.", "Results.", "What made the difference.", "partner@example.org",
                        Date.valueOf(today.minusMonths(3)), nowTs, "manager"});
            }
        }
        for (int p = 0; p < programmeCount; p++) {
            BigDecimal budget = awarded[p].multiply(BigDecimal.valueOf(2)).max(BigDecimal.valueOf(1_000_000));
            programmes.add(new Object[] {programmeIds[p], "SC" + run + "-" + p, "Scale programme " + run + "-" + p,
                    "Generated for performance tests.", orgs.get(p)[0], budget, BigDecimal.valueOf(200_000), 36, 6,
                    nowTs, awarded[p]});
        }

        batch("insert into organisation (id, name, type, org_id) values (?, ?, ?, ?)", orgs);
        batch("insert into programme (id, code, title, description, funder_id, total_budget, award_cap, "
                + "max_duration_months, learning_review_cadence_months, created_at, awarded) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", programmes);
        batch("insert into partnership (id, programme_id, name, place, description, lead_organisation_id, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", partnerships);
        batch("insert into partnership_member (id, partnership_id, organisation_id, role) values (?, ?, ?, ?)", members);
        batch("insert into app_user (id, username, display_name, password_hash, created_at) values (?, ?, ?, ?, ?)",
                users);
        batch("insert into user_role (user_id, role) values (?, ?)", roles);
        batch("insert into user_partnership (user_id, partnership_id) values (?, ?)", userPartnerships);
        batch("insert into award (id, reference, programme_id, partnership_id, status, summary, amount_requested, "
                + "amount_awarded, amount_released, start_date, duration_months, end_date, decision, created_by, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", awards);
        batch("insert into milestone (id, award_id, sequence, title, due_date, evidence_expected, status, approved_on) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", milestones);
        batch("insert into payment_tranche (id, award_id, programme_id, sequence, amount, planned_date, status, "
                + "released_on, milestone_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", tranches);
        batch("insert into disbursement (id, award_id, tranche_id, amount, released_on, released_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", disbursements);
        batch("insert into learning_review (id, award_id, partnership_id, due_on, status, went_well, written_by, "
                + "signed_off_by, signed_off_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", reviews);
        batch("insert into case_study (id, partnership_id, slug, title, created_at) values (?, ?, ?, ?, ?)",
                caseStudies);
        batch("insert into case_study_version (id, case_study_id, version, about, went_well, challenges_overcome, "
                + "results, what_made_the_difference, contact, published_on, published_at, published_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", versions);

        for (String[] table : new String[][] {{"organisation", "" + orgId}, {"programme", "" + programmeId},
                {"partnership", "" + partnershipId}, {"partnership_member", "" + memberId}, {"app_user", "" + userId},
                {"milestone", "" + milestoneId}, {"payment_tranche", "" + trancheId},
                {"learning_review", "" + reviewId}, {"case_study", "" + caseStudyId},
                {"case_study_version", "" + versionId}, {"disbursement", "" + disbursementId}}) {
            jdbc.execute("alter table " + table[0] + " alter column id restart with " + table[1]);
        }
        jdbc.execute("alter sequence award_seq restart with " + (awardId + 1000));
        plan.toRun.sort(java.util.Comparator.comparingLong(m -> m[3])); // stable: awards keep their order
        return plan;
    }

    /** The next free id of a table, past any row already there. */
    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
