package org.partnerflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.OverdueMilestones;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Users;
import org.partnerflow.infrastructure.readcache.ReadCache;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.partnerflow.infrastructure.engine.TaskHistory;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.infrastructure.engine.TeamWorkload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The programme manager dashboard on the demo data, as JSON and as a page. Other test classes share this context and
 * add work, so counts are checked against what Camunda and the award API say now, not against fixed totals.
 */
@DemoAppTest
class ManagerDashboardTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @LocalServerPort int port;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired TaskService taskService;
    @Autowired Users appUsers;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired AwardQueries awards;
    @Autowired OverdueMilestones overdueMilestones;
    @Autowired TaskList tasks;
    @Autowired TaskHistory history;
    @Autowired TeamWorkload workload;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;

    @Test
    void theTeamsOpenTasksByTypeAreThoseCamundaHasForProgrammeManagers() {
        // the job executor may add a follow-up task between the two reads, so compare until both agree
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode open = Api.demo(port, "manager").get("/api/v1/dashboard/manager").json().get("openTasks");
            Map<String, Integer> byType = new HashMap<>();
            for (JsonNode row : open.get("byType")) {
                byType.put(row.get("taskDefinitionKey").asText(), row.get("total").asInt());
                JsonNode ages = row.get("byAge");
                assertThat(ages.get("underSevenDays").asInt() + ages.get("sevenToThirtyDays").asInt()
                        + ages.get("overThirtyDays").asInt()).isEqualTo(row.get("total").asInt());
            }
            Map<String, Integer> expected = new HashMap<>();
            Map<String, String> expectedAges = new HashMap<>();
            java.time.Instant now = java.time.Instant.now();
            for (var task : teamQuery().list()) {
                expected.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
                // the bands by whole days since creation: under 7, 7 to 30, 31 or more
                long days = Duration.between(task.getCreateTime().toInstant(), now).toDays();
                expectedAges.merge(task.getTaskDefinitionKey(), days < 7 ? "1,0,0" : days <= 30 ? "0,1,0" : "0,0,1",
                        ManagerDashboardTest::addBands);
            }
            assertThat(byType).isEqualTo(expected);
            Map<String, String> ages = new HashMap<>();
            for (JsonNode row : open.get("byType")) {
                JsonNode a = row.get("byAge");
                ages.put(row.get("taskDefinitionKey").asText(), a.get("underSevenDays").asInt() + ","
                        + a.get("sevenToThirtyDays").asInt() + "," + a.get("overThirtyDays").asInt());
            }
            assertThat(ages).isEqualTo(expectedAges);
            assertThat(open.get("total").asLong()).isEqualTo(teamQuery().count());
        });
        assertThat(teamQuery().count()).as("the demo has work for programme managers").isPositive();
    }

    @Test
    void coventrysOverdueMilestoneIsListedWithItsDaysOverdue() {
        JsonNode overdue = Api.demo(port, "manager").get("/api/v1/dashboard/manager?programmeId=" + programmeId("HCT"))
                .json().get("overdue");
        JsonNode coventry = null;
        for (JsonNode item : overdue.get("items")) {
            if (item.get("kind").asText().equals("MILESTONE") && item.get("partnershipName").asText().contains("Coventry")) {
                coventry = item;
            }
        }
        assertThat(coventry).as(overdue.toString()).isNotNull();
        assertThat(coventry.get("dueDate").asText()).isEqualTo("2026-10-31");
        assertThat(coventry.get("awardReference").asText()).startsWith("360G-PF-HCT-");
        assertThat(coventry.get("milestoneId").asLong()).isPositive();
        assertThat(coventry.get("daysOverdue").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 10, 31), LocalDate.now(UK)));
        assertThat(overdue.get("milestones").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(overdue.get("total").asInt()).isEqualTo(overdue.get("milestones").asInt() + overdue.get("tasks").asInt());
        List<Long> days = new ArrayList<>();
        overdue.get("items").forEach(i -> days.add(i.get("daysOverdue").asLong()));
        assertThat(days).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void awardsEndingSoonAreTheActiveAwardsWhoseEndDateIsWithin90Days() {
        LocalDate today = LocalDate.now(UK);
        Set<String> expected = new TreeSet<>();
        for (JsonNode award : Api.demo(port, "manager").get("/api/v1/awards?status=ACTIVE").json()) {
            LocalDate end = LocalDate.parse(award.get("endDate").asText());
            if (!end.isBefore(today) && !end.isAfter(today.plusDays(90))) {
                expected.add(award.get("reference").asText());
            }
        }
        Set<String> listed = new TreeSet<>();
        Api.demo(port, "manager").get("/api/v1/dashboard/manager").json().get("awardsEndingSoon")
                .forEach(a -> listed.add(a.get("reference").asText()));
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void onTheClocksDayGwentsAwardIsEndingAndCoventrysIsNot() {
        // Gwent's partnership (In One Place) has a 24-month award from 1 April 2026: it ends on 31 March 2028.
        // Coventry's 36 months run to 2029.
        Clock midFebruary2028 = Clock.fixed(LocalDate.of(2028, 2, 15).atTime(9, 0).atZone(UK).toInstant(), UK);
        ManagerDashboardReadModel model = new ManagerDashboardReadModel(programmes, partnerships, awards,
                overdueMilestones, new TeamWorkReader(appUsers, tasks, history, workload), midFebruary2028,
                ReadCache.disabled(transactions));
        ManagerDashboard dashboard = model.of(null, manager());
        assertThat(dashboard.asOf()).isEqualTo(LocalDate.of(2028, 2, 15));
        ManagerDashboard.EndingAward gwent = dashboard.awardsEndingSoon().stream()
                .filter(a -> a.partnershipName().equals("In One Place partnership")).findFirst().orElseThrow();
        assertThat(gwent.endDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(gwent.daysLeft()).isEqualTo(45);
        assertThat(gwent.amountAwarded()).isEqualByComparingTo("480000.00");
        assertThat(gwent.amountReleased()).isEqualByComparingTo("240000.00");
        assertThat(dashboard.awardsEndingSoon()).noneMatch(a -> a.partnershipName().contains("Coventry"));
    }

    @Test
    void onlyStaffWhoManageOrFundMayReadIt() {
        assertThat(Api.demo(port, "partner.croydon").get("/api/v1/dashboard/manager").status()).isEqualTo(403);
        assertThat(Api.demo(port, "assessor").get("/api/v1/dashboard/manager").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/dashboard/manager").status()).isEqualTo(401);
        assertThat(Api.demo(port, "funder").get("/api/v1/dashboard/manager").status()).isEqualTo(200);
        assertThat(Api.demo(port, "admin").get("/api/v1/dashboard/manager").status()).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedProgrammeIsAProblem() {
        assertThat(Api.demo(port, "manager").get("/api/v1/dashboard/manager?programmeId=999999").status()).isEqualTo(404);
        Api.Response bad = Api.demo(port, "manager").get("/api/v1/dashboard/manager?programmeId=abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void thePageShowsTheSameNumbersAsTheApi() throws Exception {
        long hct = programmeId("HCT");
        JsonNode api = Api.demo(port, "manager").get("/api/v1/dashboard/manager?programmeId=" + hct).json();
        int openTotal = api.at("/openTasks/total").asInt();
        int overdueTotal = api.at("/overdue/total").asInt();
        var manager = user(users.loadUserByUsername("manager"));
        mvc.perform(get("/dashboard/manager").param("programmeId", String.valueOf(hct)).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Programme manager dashboard</h1>")))
                .andExpect(content().string(Matchers.containsString("Healthy Communities Together")))
                .andExpect(content().string(Matchers.containsString(overdueTotal + " overdue")))
                .andExpect(content().string(Matchers.containsString("Coventry")))
                .andExpect(content().string(Matchers.containsString("31 October 2026")))
                .andExpect(content().string(openTotal == 0 ? Matchers.containsString("The team has no open tasks")
                        : Matchers.allOf(Matchers.containsString(openTotal + " open task"),
                                Matchers.containsString("data-chart=\"bar\""),
                                Matchers.containsString("data-chart-title=\"Open tasks by age\""))));
        mvc.perform(get("/dashboard/manager").with(user(users.loadUserByUsername("partner.croydon"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(manager))
                .andExpect(content().string(Matchers.containsString("href=\"/dashboard/manager\"")));
    }

    @Test
    void reviewTurnaroundIsTheMedianOfTheCompletedReviewsCamundaRecorded() {
        // The oracle: Camunda's own history read row by row, the way the dashboard did before it summed in SQL.
        java.time.Instant now = java.time.Instant.now();
        List<Long> all = new ArrayList<>();
        List<Long> recent = new ArrayList<>();
        for (var t : historyService.createHistoricTaskInstanceQuery().taskDefinitionKey("reviewMilestoneEvidence")
                .finished().list()) {
            boolean completed = t.getDeleteReason() == null || t.getDeleteReason().equals("completed");
            boolean aboutAPartnership = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(t.getProcessInstanceId()).variableName("partnershipId").list().stream()
                    .anyMatch(v -> t.getProcessInstanceId().equals(v.getExecutionId()) && v.getValue() != null);
            if (completed && aboutAPartnership) {
                all.add(t.getDurationInMillis());
                if (!t.getEndTime().toInstant().isBefore(now.minus(Duration.ofDays(90)))) {
                    recent.add(t.getDurationInMillis());
                }
            }
        }
        assertThat(all).as("the demo has decided reviews").isNotEmpty();
        JsonNode turnaround = Api.demo(port, "manager").get("/api/v1/dashboard/manager").json().get("reviewTurnaround");
        assertThat(turnaround.at("/allTime/reviews").asInt()).isEqualTo(all.size());
        assertThat(turnaround.at("/allTime/medianDays").decimalValue()).isEqualByComparingTo(medianDays(all));
        assertThat(turnaround.at("/last90Days/reviews").asInt()).isEqualTo(recent.size());
        if (!recent.isEmpty()) {
            assertThat(turnaround.at("/last90Days/medianDays").decimalValue()).isEqualByComparingTo(medianDays(recent));
        }
        // narrowed to a programme without reviews: none, and no median
        assertThat(history.turnaround("reviewMilestoneEvidence", List.of(-1L), null))
                .isEqualTo(new TaskHistory.Turnaround(0, null));
    }

    private static String addBands(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        return (Integer.parseInt(x[0]) + Integer.parseInt(y[0])) + "," + (Integer.parseInt(x[1]) + Integer.parseInt(y[1]))
                + "," + (Integer.parseInt(x[2]) + Integer.parseInt(y[2]));
    }

    /** The median in days to one decimal, half up; the mean of the middle two for an even count. */
    static java.math.BigDecimal medianDays(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        java.math.BigDecimal median = sorted.size() % 2 == 1 ? java.math.BigDecimal.valueOf(sorted.get(middle))
                : java.math.BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
                        .divide(java.math.BigDecimal.valueOf(2));
        return median.divide(java.math.BigDecimal.valueOf(86_400_000L), 1, java.math.RoundingMode.HALF_UP);
    }

    private TaskQuery teamQuery() {
        return taskService.createTaskQuery().or().taskCandidateGroup("programme-managers").includeAssignedTasks()
                .taskAssigneeIn(appUsers.usernamesWith(org.partnerflow.security.Role.PROGRAMME_MANAGER)
                        .toArray(String[]::new)).endOr();
    }

    private PartnerflowUser manager() {
        return (PartnerflowUser) users.loadUserByUsername("manager");
    }

    private long programmeId(String code) {
        for (JsonNode p : Api.demo(port, "manager").get("/api/v1/programmes").json()) {
            if (p.get("code").asText().equals(code)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }
}
