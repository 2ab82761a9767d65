package org.partnerflow.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.scale.ScaleData;
import org.partnerflow.scale.ScaleTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bounded load run on loopback against the app in this JVM (profile perf only, never in verify). Generates the
 * scale data, then for each number of concurrent users: funders open a portfolio dashboard, managers read their
 * task list, partners complete submitMilestoneEvidence through our API, the same kind of task is completed through
 * Camunda's REST API (the baseline), and managers complete reviewMilestoneEvidence. The reads run closed loop (each
 * user sends the next request as soon as the last is answered) and, with perf.think, once more with a person's
 * think time between requests; the run ends with a working day, reads and submissions at once with think time.
 * Each virtual user reads with accounts of its own (bench.funderN, bench.managerN). Writes a Markdown table to
 * target/perf-results-{db}.md and to the log.
 */
abstract class LoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIDENCE =
            "{\"narrative\":\"Benchmark evidence\",\"links\":[\"https://example.org/e\"]}";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired MilestoneDelivery delivery;
    @Autowired Clock clock;
    @Autowired PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> rows = new ArrayList<>();
    private final List<String> ratios = new ArrayList<>();
    private long peakHeap;

    abstract String database();

    @Test
    void run() throws Exception {
        long startup = ManagementFactory.getRuntimeMXBean().getUptime();
        int partnerships = Integer.getInteger("perf.partnerships", 1000);
        int programmes = Integer.getInteger("perf.programmes", 10);
        int seconds = Integer.getInteger("perf.seconds", 8);
        int[] users = Arrays.stream(System.getProperty("perf.users", "1,10").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int completions = Integer.getInteger("perf.completions", 40);
        // Think time: a person reads a page before asking for the next; each user then pauses a random 0.5 to 1.5
        // times this many milliseconds after each read (0: closed loop, a request always in flight per user).
        int think = Integer.getInteger("perf.think", 0);
        int rounds = Integer.getInteger("perf.rounds", 3);

        String hash = encoder.encode("demo");
        ScaleData.Result generated = new ScaleData(jdbc, tx, runtime, tasks, delivery, clock, hash)
                .generate(programmes, partnerships, 1.0, Integer.getInteger("perf.milestones", 3));
        createReaders(Math.max(2, Arrays.stream(users).max().orElse(1)), hash); // the warm-up runs two users
        if (database().equals("postgresql")) {
            // The generated rows would otherwise bring autovacuum and a checkpoint into the timed phases, where they
            // fall on one side of a completion round (a run without the cache once gave 0.48, the next 0.91).
            jdbc.execute("vacuum analyze");
            jdbc.execute("checkpoint");
        }
        long programme = jdbc.queryForObject("select max(id) from programme where code like 'SC%'", Long.class);
        List<String[]> submits = ScaleTasks.evidenceSubmissions(jdbc);
        List<String> reviews = jdbc.queryForList(
                "select ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = 'reviewMilestoneEvidence' order by ID_", String.class);
        ConcurrentLinkedQueue<String[]> submitQueue = new ConcurrentLinkedQueue<>(submits);
        ConcurrentLinkedQueue<String> reviewQueue = new ConcurrentLinkedQueue<>(reviews);

        // Untimed warm-up of the reads, so that the first timed phase does not measure the JIT compiler at work
        // (a 10-partnership run otherwise starts colder than a 10,000 one, whose data generation warms the JVM).
        int warmup = Integer.getInteger("perf.warmupSeconds", 5);
        if (warmup > 0) {
            rows.clear();
            timed("warm-up", 2, warmup, 0, u -> get("/api/v1/dashboard/portfolio?programmeId=" + programme, funder(u)));
            timed("warm-up", 2, warmup, 0, u -> get("/api/v1/tasks", manager(u)));
            timed("warm-up", 2, warmup, 0, u -> get("/api/v1/dashboard/manager", manager(u)));
            rows.clear();
        }
        Sampler sampler = new Sampler();
        sampler.start();
        for (int u : users) {
            for (int pause : think == 0 || u == 1 ? new int[] {0} : new int[] {0, think}) {
                String people = pause == 0 ? "" : ", " + pause + " ms think time";
                timed("funder opens portfolio dashboard (" + partnerships / programmes + " partnerships" + people + ")",
                        u, seconds, pause, i -> get("/api/v1/dashboard/portfolio?programmeId=" + programme, funder(i)));
                timed("manager reads task list" + (pause == 0 ? "" : " (" + pause + " ms think time)"), u, seconds,
                        pause, i -> get("/api/v1/tasks", manager(i)));
                timed("manager opens manager dashboard" + (pause == 0 ? "" : " (" + pause + " ms think time)"), u,
                        seconds, pause, i -> get("/api/v1/dashboard/manager", manager(i)));
            }
            // Ours and the baseline take turns in rounds, so that a collection or a compilation falls on both alike.
            // Each side completes at least 15 tasks per user, up to 300 (perf.completions more if asked): a round of
            // 20 tasks at 50 users is over before the last thread starts, and 60 tasks at 10 users scattered the
            // ratio by 0.1 between runs. 1,000 partnerships hold 1,200 open submissions, enough for 1, 10 and 50.
            int perSide = Math.max(completions, Math.min(15 * u, 300));
            Tally ours = new Tally("partner completes submitMilestoneEvidence (our API)", u);
            Tally baseline = new Tally("same task through Camunda REST /engine-rest/task/{id}/complete (baseline)", u);
            for (int round = 0; round < rounds; round++) {
                int share = perSide / rounds + (round < perSide % rounds ? 1 : 0);
                // The partners of this round's tasks have listed their tasks just before (untimed), as in the browser,
                // and the admin of the baseline has too: both sides run with verified credentials, neither pays
                // bcrypt per call (the sign-in remembers a verified pair for 30 s, longer than a round, shorter than
                // a run).
                warm(submitQueue.stream().limit(share).map(t -> t[1]).distinct().toList(), "/api/v1/tasks?size=1");
                warm(List.of("admin"), "/engine-rest/task/count");
                counted(ours, share, submitQueue, t -> post("/api/v1/tasks/" + t[0] + "/complete", t[1],
                        EVIDENCE));
                counted(baseline, share, submitQueue,
                        t -> post("/engine-rest/task/" + t[0] + "/complete", "admin", "{}"));
            }
            report(ours);
            report(baseline);
            ratios.add(String.format(Locale.ROOT, "%d users: %.2f", u, ours.throughput() / baseline.throughput()));
            Tally reviewed = new Tally("manager completes reviewMilestoneEvidence (our API)", u);
            warm(indexes(u).stream().map(LoadBenchmark::manager).toList(), "/api/v1/tasks?size=1");
            counted(reviewed, Math.max(20, 2 * u), reviewQueue,
                    (i, t) -> post("/api/v1/tasks/" + t + "/complete", manager(i), "{\"decision\":\"APPROVE\"}"));
            report(reviewed);
        }
        int most = Arrays.stream(users).max().orElse(1);
        if (think > 0 && most > 1) {
            workingDay(most, think, programme, submitQueue);
        }
        sampler.stop = true;
        sampler.join();

        StringBuilder md = new StringBuilder();
        md.append("Database: ").append(database()).append("; ").append(generated).append("\n");
        md.append("JVM up at first request (start-up incl. test JVM): ").append(startup).append(" ms; peak heap used: ")
                .append(peakHeap / (1024 * 1024)).append(" MB of max ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB; cores: ")
                .append(Runtime.getRuntime().availableProcessors()).append("\n\n");
        md.append("| scenario | users | requests | errors | throughput /s | p50 ms | p95 ms | p99 ms |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append("\n"));
        md.append("\nCompletion throughput, ours / Camunda REST (alternating rounds): ").append(String.join("; ", ratios))
                .append("\n");
        System.out.println("\n=== Load benchmark ===\n" + md);
        Files.writeString(Path.of("target", "perf-results-" + database() + ".md"), md.toString());
        assertThat(rows).isNotEmpty();
    }

    private void timed(String name, int users, int seconds, int think, Call call) throws Exception {
        Tally tally = new Tally(name, users);
        // Each user signs in before the phase (untimed), as a person does before reading their dashboards.
        warm(indexes(users), call);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(think > 0 ? Integer.getInteger("perf.thinkSeconds", 20)
                : seconds);
        run(tally, () -> System.nanoTime() < deadline, think, call);
        report(tally);
    }

    private volatile long deadline;

    private <T> void counted(Tally tally, int count, ConcurrentLinkedQueue<T> queue, Function<T, Integer> call)
            throws Exception {
        counted(tally, count, queue, (user, item) -> call.apply(item));
    }

    private <T> void counted(Tally tally, int count, ConcurrentLinkedQueue<T> queue,
            java.util.function.BiFunction<Integer, T, Integer> call) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        run(tally, () -> left.getAndDecrement() > 0 && !queue.isEmpty(), 0, user -> {
            T item = queue.poll();
            return item == null ? 200 : call.apply(user, item);
        });
    }

    /**
     * A working day: the users at once, with think time, one in four a partner submitting evidence through our API
     * (each submission commits writes, so the read cache forgets and the next reads go to the database) and the
     * others reading the portfolio, their task list and the manager dashboard in turn.
     */
    private void workingDay(int users, int think, long programme, ConcurrentLinkedQueue<String[]> submitQueue)
            throws Exception {
        int partners = Math.max(1, users / 4);
        int seconds = Integer.getInteger("perf.thinkSeconds", 20);
        // Each partner submits at most one task per think time; their users sign in first (untimed).
        List<String[]> work = new ArrayList<>();
        for (int i = 0; i < partners * (seconds * 1000 / think + 1) && !submitQueue.isEmpty(); i++) {
            work.add(submitQueue.poll());
        }
        warm(work.stream().map(t -> t[1]).distinct().toList(), "/api/v1/tasks?size=1");
        warm(indexes(users),
                i -> get("/api/v1/dashboard/portfolio?programmeId=" + programme, funder(i)));
        warm(indexes(users), i -> get("/api/v1/tasks", manager(i)));
        ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(work);
        Tally writes = new Tally("working day: partners submit evidence (our API, " + think + " ms think time)", partners);
        Tally reads = new Tally("working day: funders and managers read portfolio, task list, manager dashboard ("
                + think + " ms think time)", users - partners);
        Recorder writeLatency = new Recorder(3);
        Recorder readLatency = new Recorder(3);
        AtomicLong writeErrors = new AtomicLong();
        AtomicLong readErrors = new AtomicLong();
        AtomicLong writeCount = new AtomicLong();
        AtomicLong readCount = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long started = System.nanoTime();
        for (int i = 0; i < users; i++) {
            int user = i;
            pool.submit(() -> {
                Thread.sleep(ThreadLocalRandom.current().nextLong(think));
                for (int n = 0; System.nanoTime() < end; n++) {
                    boolean partner = user % 4 == 0 && user / 4 < partners;
                    String[] task = partner ? queue.poll() : null;
                    if (partner && task == null) {
                        return null;
                    }
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = partner
                                ? post("/api/v1/tasks/" + task[0] + "/complete", task[1],
                                        EVIDENCE)
                                : switch ((user + n) % 3) {
                                    case 0 -> get("/api/v1/dashboard/portfolio?programmeId=" + programme, funder(user));
                                    case 1 -> get("/api/v1/tasks", manager(user));
                                    default -> get("/api/v1/dashboard/manager", manager(user));
                                };
                    } catch (Exception e) {
                        status = -1;
                    }
                    long micros = Math.max(1, (System.nanoTime() - t0) / 1000);
                    (partner ? writeLatency : readLatency).recordValue(micros);
                    (partner ? writeCount : readCount).incrementAndGet();
                    if (status < 200 || status >= 300) {
                        (partner ? writeErrors : readErrors).incrementAndGet();
                    }
                    Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3L / 2));
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        long nanos = System.nanoTime() - started;
        for (Object[] side : new Object[][] {{writes, writeLatency, writeCount, writeErrors},
                {reads, readLatency, readCount, readErrors}}) {
            Tally tally = (Tally) side[0];
            tally.nanos = nanos;
            tally.latencies.add(((Recorder) side[1]).getIntervalHistogram());
            tally.requests = ((AtomicLong) side[2]).get();
            tally.errors = ((AtomicLong) side[3]).get();
            report(tally);
        }
    }

    /** Funder and manager accounts of their own for each virtual user, as 50 people would have. */
    private void createReaders(int count, String hash) {
        for (int i = 0; i < count; i++) {
            for (String[] account : new String[][] {{funder(i), "FUNDER"}, {manager(i), "PROGRAMME_MANAGER"}}) {
                jdbc.update("insert into app_user (username, display_name, password_hash, created_at) "
                        + "values (?, ?, ?, current_timestamp)", account[0], "Benchmark " + account[0], hash);
                jdbc.update("insert into user_role (user_id, role) select id, ? from app_user where username = ?",
                        account[1], account[0]);
            }
        }
    }

    static String funder(int user) {
        return "bench.funder" + user;
    }

    static String manager(int user) {
        return "bench.manager" + user;
    }

    /** Signs these users in (untimed, two at a time: bcrypt is the cost) with one GET each. */
    private void warm(List<String> usernames, String path) throws Exception {
        warm(indexes(usernames.size()),
                i -> get(path, usernames.get(i)));
    }

    private static List<Integer> indexes(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    private void warm(List<Integer> users, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int user : users) {
            pool.submit(() -> call.run(user));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }

    /** One scenario's requests, errors, latencies and time, summed over the runs that make it up. */
    private static final class Tally {
        final String name;
        final int users;
        final Histogram latencies = new Histogram(3);
        long requests;
        long errors;
        long nanos;

        Tally(String name, int users) {
            this.name = name;
            this.users = users;
        }

        double throughput() {
            return nanos == 0 ? 0 : requests / (nanos / 1e9);
        }
    }

    private void report(Tally t) {
        Histogram h = t.latencies;
        rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |", t.name, t.users,
                t.requests, t.errors, t.throughput(), h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0));
        System.out.println("perf: " + rows.get(rows.size() - 1));
    }

    /** One request of the virtual user with this index (0 to users - 1). */
    interface Call {
        int run(int user) throws Exception;
    }

    interface More {
        boolean more();
    }

    private void run(Tally tally, More more, int think, Call call) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(tally.users);
        long started = System.nanoTime();
        for (int i = 0; i < tally.users; i++) {
            int user = i;
            pool.submit(() -> {
                if (think > 0) {
                    // People arrive over the first think time, not all in the same millisecond.
                    Thread.sleep(ThreadLocalRandom.current().nextLong(think));
                }
                while (more.more()) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = call.run(user);
                    } catch (Exception e) {
                        status = -1;
                    }
                    recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    done.incrementAndGet();
                    if (status < 200 || status >= 300) {
                        errors.incrementAndGet();
                    }
                    if (think > 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3L / 2));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        tally.nanos += System.nanoTime() - started;
        tally.latencies.add(recorder.getIntervalHistogram());
        tally.requests += done.get();
        tally.errors += errors.get();
    }

    private int get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(user)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String path, String user, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", basic(user)).header("Content-Type", "application/json")
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                System.out.println("perf: " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Samples heap use every 200 ms during the run. */
    private final class Sampler extends Thread {
        volatile boolean stop;

        Sampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!stop) {
                peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @SuppressWarnings("unused")
    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
