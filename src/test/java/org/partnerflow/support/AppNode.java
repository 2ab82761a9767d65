package org.partnerflow.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.sql.DataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application as a separate operating-system process, as it runs in production: {@code java -cp <the test's
 * class path> org.partnerflow.PartnerflowApplication} on a port of its own, against a PostgreSQL database. Tests
 * start, kill (SIGKILL) and restart it to see what survives. Its output goes to {@code target/nodes/<name>.log}, a
 * fresh file at every start, so no line of an earlier run or an earlier start can satisfy a test's check.
 *
 * <p>The class path is the test JVM's: Surefire's forked JVM reports its real class path in
 * {@code java.class.path} (target/test-classes, target/classes and every dependency), and when it is only
 * Surefire's manifest-only booter jar, the jar's Class-Path manifest entry is read instead.
 */
public final class AppNode implements AutoCloseable {

    /** The admin every node's database starts with (the production way: partnerflow.initial-admin). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "reliability-admin-password";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** A fresh database on the one embedded PostgreSQL server of this test JVM. */
    public static Database newDatabase(String prefix) {
        return Database.create(prefix);
    }

    /**
     * Starts a node on the database; {@code properties} are extra Spring properties (name to value). Does not wait:
     * call {@link #awaitReady(Duration)}.
     */
    public static AppNode start(String name, Database database, Map<String, String> properties) {
        int port = freePort();
        Path log = Paths.get("target", "nodes", name + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", classPath(), "org.partnerflow.PartnerflowApplication",
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--partnerflow.initial-admin.password=" + ADMIN_PASSWORD,
                "--spring.jmx.enabled=false",
                // Node name in Camunda's job log (ACT_HI_JOB_LOG.HOSTNAME_), so a test can see who ran each job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // Take over a crashed node's locked jobs after 10 s (production: see application.yml), and look
                // for due jobs at least every 2 s.
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log); // this start's lines only: nothing left from an earlier run
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new AppNode(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name, e);
        }
    }

    /** Waits until the node answers its readiness probe (after start-up, including the Flyway migrations). */
    public AppNode awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "\n" + logTail());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("node " + name + " not ready after " + timeout + "\n" + logTail());
    }

    /** SIGKILL: no shutdown hook, no connection closed, no transaction finished. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** The last lines of the node's output, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Every line the node has written since it was started. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines of the node's output since it was started contain the text. */
    public long logLinesContaining(String text) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: a graceful stop
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("node " + name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test JVM's class path less target/test-classes: the node runs the application, not the tests. */
    static String classPath() {
        return java.util.Arrays.stream(testClassPath().split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("target/test-classes")
                        && !entry.replace('\\', '/').endsWith("target/test-classes/"))
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static String testClassPath() {
        String classPath = System.getProperty("java.class.path");
        String[] entries = classPath.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar") && entries[0].contains("surefire")) {
            try (JarFile jar = new JarFile(entries[0])) {
                Manifest manifest = jar.getManifest();
                List<String> paths = new ArrayList<>();
                for (String url : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
                    if (!url.isBlank()) {
                        paths.add(Paths.get(URI.create(url.startsWith("file:") ? url
                                : Paths.get(entries[0]).getParent().toUri().resolve(url).toString())).toString());
                    }
                }
                return String.join(File.pathSeparator, paths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classPath;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A database of its own on the test JVM's embedded PostgreSQL server. */
    public record Database(String url, DataSource dataSource) {

        static Database create(String prefix) {
            String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
            EmbeddedPostgres server = EmbeddedPostgresInitializer.server();
            try (var connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("could not create database " + name, e);
            }
            return new Database(server.getJdbcUrl("postgres", name), server.getDatabase("postgres", name));
        }
    }
}
