package org.partnerflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnerflow.support.AppNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crash recovery on PostgreSQL: the app runs as a separate process, a bounded load of workflow steps runs against
 * it over HTTP, and it is killed with SIGKILL in the middle (no shutdown hook, transactions cut off). Started again
 * on the same database, every step it had acknowledged is there, nothing is half-written, Camunda agrees with the
 * domain, timers and asynchronous jobs (the e-mail after a release) still fire, and once the interrupted work is
 * finished the counts add up exactly: nothing lost, nothing done twice.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashRecoveryOnPostgresTest {

    /** Six partnerships in three threads in CI; the soak profile raises both (README). */
    static final int PARTNERSHIPS = Integer.getInteger("partnerflow.reliability.partnerships", 6);
    static final int THREADS = Integer.getInteger("partnerflow.reliability.threads", 3);
    /** Half-way: the first partnership of each thread is then at its release and e-mail. */
    static final int KILL_AFTER = 5 * PARTNERSHIPS;
    /** Bounds every wait for the load: generous for six partnerships, growing with a soak's load. */
    static final Duration LOAD_BOUND = Duration.ofSeconds(120 + 5L * PARTNERSHIPS);
    static final Duration START_UP = Duration.ofSeconds(150);

    @Test
    void aNodeKilledMidLoadRestartsWithEveryAcknowledgedStepAndNothingHalfWritten() throws Exception {
        AppNode.Database database = AppNode.newDatabase("crash");
        Consistency check = new Consistency(new JdbcTemplate(database.dataSource()));
        AppNode first = AppNode.start("crash-1", database, Map.of()).awaitReady(START_UP);
        AwardWorkload load;
        PageSession manager;
        int ackedAtKill;
        List<Throwable> failuresBeforeKill = new ArrayList<>();
        try {
            load = AwardWorkload.setUp(first.port(), AppNode.ADMIN_PASSWORD, PARTNERSHIPS);
            manager = PageSession.signIn(first.port(), AwardWorkload.MANAGER, AwardWorkload.PASSWORD);

            AtomicInteger killedAt = new AtomicInteger(-1);
            AtomicBoolean killing = new AtomicBoolean();
            Thread killer = new Thread(() -> {
                Consistency.await("the load to reach " + KILL_AFTER + " steps", LOAD_BOUND,
                        () -> load.acks.size() >= KILL_AFTER);
                killing.set(true);
                first.kill();
                killedAt.set(load.acks.size());
            }, "killer");
            killer.start();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    try {
                        for (int i = thread; i < PARTNERSHIPS; i += THREADS) {
                            load.run(load.partners.get(i), (p, step) -> first.port(), false);
                        }
                    } catch (Throwable e) {
                        if (!killing.get()) {
                            synchronized (failuresBeforeKill) {
                                failuresBeforeKill.add(e);
                            }
                        }
                    }
                }));
            }
            killer.join(LOAD_BOUND.toMillis());
            for (Future<?> worker : workers) {
                worker.get(LOAD_BOUND.toSeconds(), TimeUnit.SECONDS);
            }
            pool.shutdown();
            ackedAtKill = killedAt.get();
        } finally {
            first.close();
        }
        assertThat(failuresBeforeKill).as("steps refused while the node was up").isEmpty();
        assertThat(ackedAtKill).as("the node was killed mid-load").isBetween(KILL_AFTER, 10 * PARTNERSHIPS - 1);
        int ackedBeforeRestart = load.acks.size();

        long restartStarted = System.nanoTime();
        try (AppNode second = AppNode.start("crash-2", database, Map.of()).awaitReady(START_UP)) {
            long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartStarted);
            check.everyAcknowledgedStepIsPresent(load);
            check.nothingIsHalfWritten();
            check.camundaMatchesTheDomain();
            assertThat(manager.get(second.port(), "/").body())
                    .as("the page session outlived the node that created it").contains("Rel manager.rel");

            // Finish the interrupted work on the restarted node: a step whose answer was lost is found done, not redone.
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (AwardWorkload.Partner p : load.partners) {
                workers.add(pool.submit(() -> load.run(p, (x, step) -> second.port(), true)));
            }
            for (Future<?> worker : workers) {
                worker.get(LOAD_BOUND.toSeconds(), TimeUnit.SECONDS);
            }
            pool.shutdown();

            // Timers (the re-planned milestones' reminder and overdue) and the e-mail jobs run on the new node,
            // including those the dead node had locked (taken over when the lock expires).
            check.awaitTimersAndEmails(load, Duration.ofSeconds(90));

            int n = PARTNERSHIPS;
            assertThat(skipped(load)).as("steps done whose answer the crash cut off: at most one per worker")
                    .isLessThanOrEqualTo(THREADS);
            check.countsAddUp(load);
            int timersOnRestartedNode = check.jobsRunBy("crash-2", "milestoneReminder", "milestoneOverdue");
            assertThat(timersOnRestartedNode).as("timers fired by the restarted node").isPositive();
            assertThat(second.logLinesContaining("Notification to partnership-")).isPositive();

            Figures.write("crash-recovery", Map.of(
                    "steps in the load", 10 * n,
                    "steps acknowledged when the node was killed", ackedAtKill,
                    "steps acknowledged before the restart", ackedBeforeRestart,
                    "acknowledged steps missing after the restart", 0,
                    "steps found done on resuming (answer lost in the crash)", skipped(load),
                    "restart to ready (ms)", restartMillis,
                    "timer jobs run by the restarted node", timersOnRestartedNode,
                    "e-mail jobs run by the restarted node", check.jobsRunBy("crash-2", "notifyTrancheReleased"),
                    "jobs run to success more than once", 0));
        }
    }

    /** Steps that were done but never acknowledged: the crash cut their answer off. */
    private static int skipped(AwardWorkload load) {
        return 10 * load.partners.size() - load.acks.size();
    }
}
