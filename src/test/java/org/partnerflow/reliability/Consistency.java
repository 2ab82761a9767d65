package org.partnerflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database must show after a crash, read straight from its tables: every acknowledged step's effect, no
 * half-written award or tranche, Camunda's state in step with the domain, and every job run once.
 */
final class Consistency {

    private static final List<String> RUNNING = List.of("PROPOSED", "UNDER_ASSESSMENT", "CHANGES_REQUESTED", "OFFERED",
            "ACTIVE");
    private final JdbcTemplate jdbc;

    Consistency(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every step a node acknowledged with 2xx is in the database. */
    void everyAcknowledgedStepIsPresent(AwardWorkload load) {
        for (AwardWorkload.Ack ack : load.acks) {
            AwardWorkload.Partner p = load.partners.get(ack.partner());
            String what = ack.name() + " of partnership " + p.partnershipId;
            if (ack.step() == 0) {
                assertThat(count("select count(*) from award where id = ? and partnership_id = ?",
                        Long.parseLong(ack.id()), p.partnershipId)).as(what).isEqualTo(1);
                continue;
            }
            if (ack.step() == 5) {
                assertThat(jdbc.queryForObject("select due_date from milestone where id = ?", java.time.LocalDate.class,
                        Long.parseLong(ack.id()))).as(what).isEqualTo(AwardWorkload.YESTERDAY);
                assertThat(count("select count(*) from milestone_variation where milestone_id = ?",
                        Long.parseLong(ack.id()))).as(what).isEqualTo(1);
                continue;
            }
            assertThat(count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", ack.id()))
                    .as(what + ": the task is completed in Camunda's history").isEqualTo(1);
            assertThat(count("select count(*) from act_ru_task where id_ = ?", ack.id())).as(what).isZero();
            long award = p.awardId;
            switch (ack.step()) {
                case 1 -> assertThat(count("select count(*) from milestone where award_id = ?", award)).as(what).isEqualTo(3);
                case 2 -> assertThat(count("select count(*) from assessment where award_id = ?", award)).as(what).isEqualTo(1);
                case 3 -> assertThat(status(award)).as(what).isIn("OFFERED", "ACTIVE");
                case 4 -> assertThat(status(award)).as(what).isEqualTo("ACTIVE");
                case 6 -> assertThat(count("select count(*) from evidence_submission s join milestone m on m.id = s.milestone_id"
                        + " where m.award_id = ? and m.sequence = 1", award)).as(what).isEqualTo(1);
                case 7 -> assertThat(jdbc.queryForObject("select status from milestone where award_id = ? and sequence = 1",
                        String.class, award)).as(what).isEqualTo("APPROVED");
                case 8 -> assertThat(count("select count(*) from tranche_release r join payment_tranche t on t.id = r.tranche_id"
                        + " where t.award_id = ? and t.sequence = 1", award)).as(what).isEqualTo(1);
                case 9 -> assertThat(count("select count(*) from payment_tranche t join disbursement d on d.tranche_id = t.id"
                        + " where t.award_id = ? and t.sequence = 1 and t.status = 'RELEASED'", award)).as(what).isEqualTo(1);
                default -> {
                }
            }
        }
    }

    /** Nothing half-written: plans whole, money adding up, every released tranche paid once. */
    void nothingIsHalfWritten() {
        assertThat(jdbc.queryForList("select a.id from award a where (select count(*) from milestone m where m.award_id = a.id)"
                + " <> (select count(*) from payment_tranche t where t.award_id = a.id)"))
                .as("awards whose milestones and tranches differ in number").isEmpty();
        assertThat(jdbc.queryForList("select a.id from award a where exists (select 1 from payment_tranche t where t.award_id = a.id)"
                + " and (select sum(t.amount) from payment_tranche t where t.award_id = a.id)"
                + " <> coalesce(a.amount_awarded, a.amount_requested)"))
                .as("awards whose tranches do not add up to the award").isEmpty();
        assertThat(jdbc.queryForList("select t.id from payment_tranche t where (t.status = 'RELEASED') <>"
                + " exists (select 1 from disbursement d where d.tranche_id = t.id and d.amount = t.amount)"))
                .as("tranches released without their payment, or paid without being released").isEmpty();
        assertThat(jdbc.queryForList("select t.id from payment_tranche t join award a on a.id = t.award_id"
                + " where t.programme_id <> a.programme_id"))
                .as("tranches whose programme is not their award's (the payment plan sums by it)").isEmpty();
        assertThat(jdbc.queryForList("select a.id from award a where a.amount_released <>"
                + " (select coalesce(sum(d.amount), 0) from disbursement d where d.award_id = a.id)"))
                .as("awards whose released amount is not the sum of their payments").isEmpty();
        assertThat(jdbc.queryForList("select p.id from programme p where p.awarded <> (select coalesce(sum(a.amount_awarded), 0)"
                + " from award a where a.programme_id = p.id and a.status in ('OFFERED', 'ACTIVE', 'CLOSED'))"))
                .as("programmes whose committed total is not the sum of their offers and awards").isEmpty();
    }

    /** Camunda agrees with the domain: each running award has its process, waiting where its status says. */
    void camundaMatchesTheDomain() {
        assertThat(jdbc.queryForList("select a.id from award a where a.status in ('" + String.join("','", RUNNING) + "')"
                + " and not exists (select 1 from act_ru_execution e where e.id_ = a.process_instance_id)"))
                .as("running awards without a running grantAward instance").isEmpty();
        Map<String, String> taskOf = Map.of("PROPOSED", "'submitProposal'", "CHANGES_REQUESTED", "'submitProposal'",
                "UNDER_ASSESSMENT", "'assessProposal', 'decideAward'", "OFFERED", "'acceptOffer'");
        taskOf.forEach((status, keys) -> assertThat(jdbc.queryForList("select a.id from award a where a.status = ?"
                + " and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = a.process_instance_id"
                + " and t.task_def_key_ in (" + keys + "))", status))
                .as("%s awards without their task", status).isEmpty());
        assertThat(jdbc.queryForList("select m.id from milestone m join award a on a.id = m.award_id where a.status = 'ACTIVE'"
                + " and not exists (select 1 from act_ru_execution e where e.id_ = e.proc_inst_id_"
                + " and e.business_key_ = cast(m.id as varchar(20)))"
                + " and not exists (select 1 from payment_tranche t where t.milestone_id = m.id and t.status = 'RELEASED')"))
                .as("milestones of active awards, not yet paid, without a running milestoneDelivery").isEmpty();
        assertThat(jdbc.queryForList("select g.task_id, g.group_id from open_group_task g where not exists (select 1"
                + " from act_ru_identitylink i where i.task_id_ = g.task_id and i.group_id_ = g.group_id"
                + " and i.type_ = 'candidate')"))
                .as("open group tasks (the team's workload) that Camunda no longer has").isEmpty();
        assertThat(jdbc.queryForList("select t.id_, i.group_id_ from act_ru_task t join act_ru_identitylink i"
                + " on i.task_id_ = t.id_ and i.type_ = 'candidate' where i.group_id_ not like 'partnership-%'"
                + " and t.proc_inst_id_ is not null and not exists (select 1 from open_group_task g"
                + " where g.task_id = t.id_ and g.group_id = i.group_id_)"))
                .as("tasks offered to a staff group missing from the open group tasks").isEmpty();
        assertThat(jdbc.queryForList("select key_, count(*) from act_re_procdef group by key_ having count(*) > 1"))
                .as("no node deployed a second version of an unchanged model").isEmpty();
    }

    /**
     * Once every partnership has done its ten steps and the jobs have run: the totals are exact, so nothing was
     * lost and nothing done twice, and the state is whole.
     */
    void countsAddUp(AwardWorkload load) {
        int n = load.partners.size();
        everyAcknowledgedStepIsPresent(load);
        nothingIsHalfWritten();
        camundaMatchesTheDomain();
        noJobSucceededTwice();
        assertThat(incidents()).as("incidents").isZero();
        assertThat(load.partners).allSatisfy(p -> assertThat(p.acknowledged.get()).isEqualTo(9));
        assertThat(load.acks.stream().map(a -> a.partner() + "/" + a.step()).distinct().count())
                .as("no step acknowledged twice").isEqualTo(load.acks.size());
        assertThat(count("select count(*) from award where programme_id = ? and status = 'ACTIVE'", load.programmeId))
                .isEqualTo(n);
        assertThat(count("select count(*) from disbursement")).isEqualTo(n);
        assertThat(sum("select sum(amount_released) from award where programme_id = ?", load.programmeId))
                .isEqualByComparingTo(String.valueOf(100000L * n));
        assertThat(sum("select awarded from programme where id = ?", load.programmeId))
                .isEqualByComparingTo(String.valueOf(300000L * n));
        for (String key : List.of("submitProposal", "assessProposal", "decideAward", "acceptOffer",
                "submitMilestoneEvidence", "reviewMilestoneEvidence", "proposeTrancheRelease", "approveTrancheRelease")) {
            assertThat(count("select count(*) from act_hi_taskinst where task_def_key_ = ? and end_time_ is not null"
                    + " and delete_reason_ = 'completed'", key)).as("%s done once per award", key).isEqualTo(n);
        }
        assertThat(count("select count(*) from milestone_variation")).as("re-plans").isEqualTo(n);
        for (String timer : List.of("milestoneReminder", "milestoneOverdue")) {
            assertThat(count("select count(*) from act_hi_actinst where act_id_ = ?", timer))
                    .as("%s fired once per re-planned milestone", timer).isEqualTo(n);
        }
        assertThat(count("select count(*) from act_hi_taskinst where task_def_key_ = 'followUpOverdueMilestone'"))
                .as("one overdue follow-up per re-planned milestone").isEqualTo(n);
        assertThat(count("select count(*) from milestone where status = 'OVERDUE'")).isEqualTo(n);
        assertThat(count("select count(*) from act_hi_actinst where act_id_ = 'notifyTrancheReleased' and end_time_ is not null"))
                .as("one e-mail job per release").isEqualTo(n);
    }

    /** Waits (bounded) until the re-planned milestones' timers and the e-mail jobs have run and no job is due. */
    void awaitTimersAndEmails(AwardWorkload load, Duration atMost) {
        int n = load.partners.size();
        await("every timer and e-mail job to run", atMost, () ->
                count("select count(*) from act_hi_taskinst where task_def_key_ = 'followUpOverdueMilestone'") >= n
                && count("select count(*) from act_hi_actinst where act_id_ = 'notifyTrancheReleased'"
                        + " and end_time_ is not null") >= n
                && dueJobs() == 0);
    }

    /** Jobs run to success by the node, of the given activities (all when none given). */
    int jobsRunBy(String node, String... activities) {
        String filter = activities.length == 0 ? "" : " and act_id_ in ('" + String.join("','", activities) + "')";
        return count("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ?" + filter, node);
    }

    /**
     * No job ran to success twice (a timer fired twice, an e-mail job ran twice to commit). Camunda's history
     * cleanup job is the exception by design: one job that reschedules itself, so it succeeds again and again.
     */
    void noJobSucceededTwice() {
        assertThat(jdbc.queryForList("select job_id_, count(*) from act_hi_job_log where job_state_ = 2"
                + " and process_instance_id_ is not null" // the cleanup job belongs to no process
                + " group by job_id_ having count(*) > 1")).isEmpty();
    }

    /** Jobs due now that no node has run yet (those locked by a dead node included). */
    int dueJobs() {
        // Camunda writes its timestamps in the JVM's zone; this JVM and the nodes share the machine's.
        return count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= ?)",
                new java.sql.Timestamp(System.currentTimeMillis()));
    }

    int incidents() {
        return count("select count(*) from act_ru_incident");
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    BigDecimal sum(String sql, Object... args) {
        return jdbc.queryForObject(sql, BigDecimal.class, args);
    }

    String status(long awardId) {
        return jdbc.queryForObject("select status from award where id = ?", String.class, awardId);
    }

    /** Polls the database (a real process is running; there is no engine clock to move) with a bound. */
    static void await(String what, Duration atMost, BooleanSupplier reached) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + atMost + ": " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
