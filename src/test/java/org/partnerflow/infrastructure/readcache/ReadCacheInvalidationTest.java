package org.partnerflow.infrastructure.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Through the API, as a user: a task list read a moment ago is not served again once the user has changed it, and
 * the same list read twice in a row is served from the cache (the data version did not move in between).
 *
 * <p>The demo app of {@link DemoAppTest} on a database of its own, with answers kept for ten minutes instead of two
 * seconds: however slow the run, only the invalidation on a write can explain a fresh answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:partnerflow-read-cache;DB_CLOSE_DELAY=-1",
                "partnerflow.read-cache.ttl=PT10M"})
@ActiveProfiles("demo")
class ReadCacheInvalidationTest {

    @LocalServerPort int port;
    @Autowired DataVersion version;
    @Autowired ReadCache cache;

    @Test
    void aQuestionAskedAgainWithNothingWrittenIsAnsweredFromMemory() {
        // As below, a background write (job executor, mail outbox) may move the version in between: one try of
        // three answered from memory is enough, while a cache that kept nothing would read every time.
        boolean kept = false;
        for (int attempt = 0; attempt < 3 && !kept; attempt++) {
            AtomicInteger reads = new AtomicInteger();
            cache.get("probe", List.of(attempt), reads::incrementAndGet);
            cache.get("probe", List.of(attempt), reads::incrementAndGet);
            kept = reads.get() == 1;
        }
        assertThat(kept).as("the second ask is answered from memory").isTrue();
    }

    @Test
    void aClaimShowsInTheNextTaskListAtOnce() {
        Api manager = Api.demo(port, "manager");
        JsonNode task = firstUnclaimed(manager.get("/api/v1/tasks?size=200").json());
        String id = task.get("id").asText();
        try {
            assertThat(manager.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
            assertThat(assigneeOf(manager, id)).as("read again straight after the claim").isEqualTo("manager");
            assertThat(manager.post("/api/v1/tasks/" + id + "/unclaim", null).status()).isEqualTo(204);
            assertThat(assigneeOf(manager, id)).as("and after giving it back").isNull();
        } finally {
            manager.post("/api/v1/tasks/" + id + "/unclaim", null);
        }
    }

    @Test
    void readingChangesNothingSoTheDataVersionStaysPut() {
        Api manager = Api.demo(port, "manager");
        manager.get("/api/v1/tasks?size=200");
        // The job executor or the mail outbox may write in the background now and then: one quiet try of three is
        // enough, while reads that wrote would move the version every time.
        boolean quiet = false;
        for (int attempt = 0; attempt < 3 && !quiet; attempt++) {
            long before = version.current();
            manager.get("/api/v1/tasks?size=200");
            manager.get("/api/v1/dashboard/manager");
            manager.get("/api/v1/dashboard/manager");
            Api.demo(port, "funder").get("/api/v1/dashboard/portfolio?programmeId=1");
            quiet = version.current() == before;
        }
        assertThat(quiet).as("sign-in checks and reads write nothing").isTrue();
    }

    private static String assigneeOf(Api api, String taskId) {
        for (JsonNode task : api.get("/api/v1/tasks?size=200").json()) {
            if (task.get("id").asText().equals(taskId)) {
                JsonNode assignee = task.get("assignee");
                return assignee == null || assignee.isNull() ? null : assignee.asText();
            }
        }
        throw new AssertionError("task " + taskId + " is no longer in the list");
    }

    private static JsonNode firstUnclaimed(JsonNode tasks) {
        for (JsonNode task : tasks) {
            if (task.get("assignee") == null || task.get("assignee").isNull()) {
                return task;
            }
        }
        throw new AssertionError("the demo has no unclaimed task for the manager");
    }
}
