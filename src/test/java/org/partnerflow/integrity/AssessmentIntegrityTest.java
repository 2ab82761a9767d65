package org.partnerflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.audit.AuditEventView;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.AssessorAnonymity;
import org.partnerflow.award.AssessorPanel;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.DecisionRequest;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Proposals;
import org.partnerflow.award.Recommendation;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.Users;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.RuleRefusal;
import org.partnerflow.tasks.TaskClaims;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessment integrity on the engine, as people meet it: the same user in several roles, declared interests, named
 * assessors, through our services (as the API and pages call them) and Camunda's own REST API.
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:integrity;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false", "partnerflow.read-cache.ttl=PT0S"})
class AssessmentIntegrityTest {

    static final String PASSWORD = "integrity-password-1";
    static final PartnerflowUser FUNDER = AwardFixture.staff("funder.integrity", Role.FUNDER);
    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.integrity", Role.PROGRAMME_MANAGER);

    @LocalServerPort int port;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired TransactionTemplate tx;
    @Autowired Proposals proposals;
    @Autowired AwardQueries awards;
    @Autowired TaskList tasks;
    @Autowired TaskClaims claims;
    @Autowired TaskCompletion completion;
    @Autowired TaskService taskService;
    @Autowired Interests interests;
    @Autowired AssessorPanel panel;
    @Autowired Users users;
    @Autowired UserDetailsService accounts;
    @Autowired ObjectMapper json;
    @Autowired AuditTrail audit;
    @Autowired MockMvc mvc;

    AwardFixture fixture;
    ProgrammeView programme;
    PartnershipView partnership;
    PartnerflowUser partner;

    @BeforeEach
    void setUp() {
        fixture = new AwardFixture(programmes, partnerships, tx);
        programme = fixture.programme("5000000.00");
        partnership = fixture.partnership(programme.id(), true);
        partner = AwardFixture.partner(partnership.id());
    }

    @Test
    void anAssessorWhoIsAlsoAFunderNeitherSeesNorDecidesTheAwardTheyAssessed() throws Exception {
        PartnerflowUser dual = user(Set.of(Role.ASSESSOR, Role.FUNDER), List.of());
        AwardView award = proposed();
        complete(dual, "assessProposal", award, assessment(true));

        assertThat(keys(dual, award)).doesNotContain("decideAward");
        String decide = openTask(award, "decideAward").getId();
        assertThatThrownBy(() -> tasks.get(decide, dual)).isInstanceOf(RuleRefusal.class)
                .hasMessageContaining("assessor-may-not-decide");
        assertThatThrownBy(() -> claims.claim(decide, dual)).isInstanceOf(RuleRefusal.class);
        assertThatThrownBy(() -> completion.complete(decide, json.valueToTree(approve()), dual))
                .isInstanceOf(RuleRefusal.class).hasMessageContaining("nobody may decide an award they assessed");
        var refusedPage = page(get("/tasks/" + decide), dual);
        assertThat(refusedPage.getStatus()).isEqualTo(403);
        assertThat(refusedPage.getContentAsString()).contains("you assessed this proposal");

        assertThat(keys(FUNDER, award)).contains("decideAward");
        complete(FUNDER, "decideAward", award, approve());
        assertThat(openTask(award, "acceptOffer")).isNotNull();
    }

    @Test
    void aPartnerWhoIsAlsoAnAssessorNeverAssessesTheirOwnPartnership() {
        PartnerflowUser both = user(Set.of(Role.PARTNER, Role.ASSESSOR), List.of(partnership.id()));
        AwardView award = proposed();

        assertThat(keys(both, award)).doesNotContain("assessProposal");
        assertThat(tasks.countVisibleTo(both, new TaskFilter("assessProposal", null, false, 0, 50)))
                .isEqualTo(tasks.visibleTo(both, new TaskFilter("assessProposal", null, false, 0, 200)).size());
        String assess = openTask(award, "assessProposal").getId();
        assertThatThrownBy(() -> completion.complete(assess, json.valueToTree(assessment(true)), both))
                .isInstanceOf(RuleRefusal.class).hasMessageContaining("conflict-of-interest");
    }

    @Test
    void anInterestInAMemberOrganisationIsAConflictForThatPartnershipOnly() {
        PartnerflowUser assessor = user(Set.of(Role.ASSESSOR), List.of());
        AwardView award = proposed();
        PartnershipView elsewhere = fixture.partnership(programme.id(), true);
        AwardView other = proposed(AwardFixture.partner(elsewhere.id()));
        assertThat(keys(assessor, award)).contains("assessProposal");

        String memberOrgId = partnership.members().get(0).organisation().orgId();
        InterestView declared = interests.declare(new InterestRequest(null, memberOrgId, "Trustee"), assessor);

        assertThat(declared.organisationName()).isNotBlank();
        assertThat(interests.of(assessor.getUsername())).extracting(InterestView::orgId).containsExactly(memberOrgId);
        assertThat(interests.all()).extracting(InterestView::username).contains(assessor.getUsername());
        assertThat(keys(assessor, award)).doesNotContain("assessProposal");
        assertThat(keys(assessor, other)).contains("assessProposal");
        assertThatThrownBy(() -> claims.claim(openTask(award, "assessProposal").getId(), assessor))
                .isInstanceOf(RuleRefusal.class);
    }

    @Test
    void anInterestNeedsAPartnershipOrAKnownOrganisation() {
        PartnerflowUser assessor = user(Set.of(Role.ASSESSOR), List.of());
        assertThatThrownBy(() -> interests.declare(new InterestRequest(null, null, "Trustee"), assessor))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).extracting(DomainRuleViolation.FieldRule::field)
                                .contains("partnershipId"));
        assertThatThrownBy(() -> interests.declare(new InterestRequest(null, "GB-CHC-0000001x", "Trustee"), assessor))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.errors()).extracting(DomainRuleViolation.FieldRule::field).contains("orgId"));
    }

    @Test
    void anAssessmentWithoutTheNoConflictDeclarationIsRefusedNamingTheField() {
        PartnerflowUser assessor = user(Set.of(Role.ASSESSOR), List.of());
        AwardView award = proposed();
        String assess = openTask(award, "assessProposal").getId();
        for (Boolean declared : new Boolean[] {null, false}) {
            assertThatThrownBy(() -> completion.complete(assess, json.valueToTree(assessment(declared)), assessor))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                            .extracting(DomainRuleViolation.FieldRule::field).contains("noConflictOfInterest"));
        }
        assertThat(openTask(award, "assessProposal").getId()).isEqualTo(assess);
    }

    @Test
    void namedAssessorsEachGetTheirOwnTaskAndThePanelWaitsForAllOfThem() {
        PartnerflowUser first = user(Set.of(Role.ASSESSOR), List.of());
        PartnerflowUser second = user(Set.of(Role.ASSESSOR), List.of());
        PartnerflowUser third = user(Set.of(Role.ASSESSOR), List.of());
        PartnerflowUser bystander = user(Set.of(Role.ASSESSOR), List.of());
        AwardView award = proposed();
        String groupTask = openTask(award, "assessProposal").getId();

        panel.name(award.id(), List.of(first.getUsername(), second.getUsername()), MANAGER);

        assertThat(taskService.createTaskQuery().taskId(groupTask).count()).isZero();
        assertThat(assignees(award)).containsExactlyInAnyOrder(first.getUsername(), second.getUsername());
        assertThat(keys(bystander, award)).doesNotContain("assessProposal");
        assertThat(tasks.formData(tasks.get(taskOf(first, award), first))).containsKey("criteria");
        complete(first, "assessProposal", award, assessment(true));
        assertThat(openTasks(award, "decideAward")).isEmpty();

        // Renamed mid-round: the first assessment stays, the second name's task goes, the third gets one.
        panel.name(award.id(), List.of(first.getUsername(), third.getUsername()), MANAGER);
        assertThat(assignees(award)).containsExactly(third.getUsername());
        complete(third, "assessProposal", award, assessment(true));

        assertThat(openTasks(award, "decideAward")).hasSize(1);
        assertThat(awards.detail(award.id()).assessments()).extracting(a -> a.assessor())
                .containsExactlyInAnyOrder(first.getUsername(), third.getUsername());
    }

    @Test
    void aConflictedOrUnknownNameIsRefusedAndNothingChanges() {
        PartnerflowUser member = user(Set.of(Role.PARTNER, Role.ASSESSOR), List.of(partnership.id()));
        PartnerflowUser notAnAssessor = user(Set.of(Role.FUNDER), List.of());
        AwardView award = proposed();
        String groupTask = openTask(award, "assessProposal").getId();

        assertThatThrownBy(() -> panel.name(award.id(), List.of(member.getUsername()), MANAGER))
                .isInstanceOf(ConflictException.class).hasMessageContaining(member.getUsername())
                .hasMessageContaining("conflict-of-interest");
        assertThatThrownBy(() -> panel.name(award.id(), List.of("nobody.here", notAnAssessor.getUsername()), MANAGER))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.errors())
                        .extracting(DomainRuleViolation.FieldRule::field)
                        .containsExactly("usernames[0]", "usernames[1]"));
        assertThat(panel.named(award.id())).isEmpty();
        assertThat(openTask(award, "assessProposal").getId()).isEqualTo(groupTask);
    }

    @Test
    void partnersNeverSeeWhoAssessedThemNorTheScores() {
        PartnerflowUser assessor = user(Set.of(Role.ASSESSOR), List.of());
        AwardView award = proposed();
        complete(assessor, "assessProposal", award, assessment(true));

        assertThat(awards.get(award.id(), partner).assessments()).isEmpty();
        var seenByPartner = AssessorAnonymity.asSeenBy(audit.forAward(award.id(), 0, 200), partner);
        assertThat(seenByPartner.items()).extracting(AuditEventView::actor).doesNotContain(assessor.getUsername())
                .contains(AssessorAnonymity.AN_ASSESSOR);
        assertThat(seenByPartner.items()).extracting(AuditEventView::summary).doesNotContain("Assessed the proposal: FUND");
        assertThat(AssessorAnonymity.asSeenBy(audit.forAward(award.id(), 0, 200), FUNDER).items())
                .extracting(AuditEventView::actor).contains(assessor.getUsername());
        assertThat(awards.get(award.id(), FUNDER).assessments()).extracting(a -> a.assessor())
                .containsExactly(assessor.getUsername());
    }

    @Test
    void camundasRestRefusesTheDecisionOfTheAwardsAssessorInItsOwnErrorShape() throws Exception {
        PartnerflowUser admin = user(Set.of(Role.ADMIN, Role.ASSESSOR, Role.FUNDER), List.of());
        AwardView award = proposed();
        complete(admin, "assessProposal", award, assessment(true));
        String decide = openTask(award, "decideAward").getId();

        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/task/" + decide + "/complete"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (admin.getUsername() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        var body = json.readTree(refused.body());
        assertThat(body.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(body.path("message").asText()).contains("assessor-may-not-decide");
        assertThat(openTask(award, "decideAward").getId()).isEqualTo(decide);
    }

    @Test
    void theApiDeclaresInterestsNamesAssessorsAndNamesTheRuleItRefusesBy() throws Exception {
        PartnerflowUser dual = user(Set.of(Role.ASSESSOR, Role.FUNDER), List.of());
        PartnerflowUser manager = user(Set.of(Role.PROGRAMME_MANAGER), List.of());
        PartnerflowUser member = user(Set.of(Role.PARTNER, Role.ASSESSOR), List.of(partnership.id()));
        AwardView award = proposed();

        HttpResponse<String> declared = call(dual, "POST", "/api/v1/me/interests",
                "{\"partnershipId\": " + partnership.id() + ", \"nature\": \"My sister chairs the board\"}");
        assertThat(declared.statusCode()).isEqualTo(201);
        assertThat(json.readTree(call(dual, "GET", "/api/v1/me/interests", null).body()).get(0).path("nature").asText())
                .isEqualTo("My sister chairs the board");
        assertThat(call(dual, "GET", "/api/v1/interests", null).statusCode()).isEqualTo(403);
        assertThat(call(manager, "GET", "/api/v1/interests", null).statusCode()).isEqualTo(200);
        assertThat(json.readTree(call(dual, "POST", "/api/v1/me/interests", "{\"nature\": \"x\"}").body())
                .path("errors").get(0).path("field").asText()).isEqualTo("partnershipId");

        String path = "/api/v1/awards/" + award.id() + "/assessors";
        HttpResponse<String> unknown = call(manager, "PUT", path, "{\"usernames\": [\"nobody.here\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("errors").get(0).path("field").asText()).isEqualTo("usernames[0]");
        HttpResponse<String> conflicted = call(manager, "PUT", path,
                "{\"usernames\": [\"" + member.getUsername() + "\"]}");
        assertThat(conflicted.statusCode()).isEqualTo(409);
        assertThat(json.readTree(conflicted.body()).path("detail").asText()).contains("conflict-of-interest");
        assertThat(call(dual, "PUT", path, "{\"usernames\": []}").statusCode()).isEqualTo(403);

        String assess = openTask(award, "assessProposal").getId();
        HttpResponse<String> refused = call(dual, "POST", "/api/v1/tasks/" + assess + "/complete",
                json.writeValueAsString(assessment(true)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).path("rule").asText()).isEqualTo("conflict-of-interest");
        assertThat(json.readTree(refused.body()).path("detail").asText()).contains("declared an interest");
    }

    @Test
    void thePagesDeclareInterestsNameAssessorsAndHideAssessorsFromPartners() throws Exception {
        PartnerflowUser assessor = user(Set.of(Role.ASSESSOR), List.of());
        PartnerflowUser named = user(Set.of(Role.ASSESSOR), List.of());
        PartnerflowUser manager = user(Set.of(Role.PROGRAMME_MANAGER), List.of());
        AwardView award = proposed();

        assertThat(page(get("/me/interests"), assessor).getContentAsString()).contains("Declare the interest");
        var refused = page(post("/me/interests").param("nature", ""), assessor);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem", "href=\"#partnershipId\"");
        var declared = page(post("/me/interests").param("partnershipId", String.valueOf(partnership.id()))
                .param("nature", "Former employee"), named);
        assertThat(declared.getRedirectedUrl()).isEqualTo("/me/interests?declared");
        assertThat(page(get("/interests"), manager).getContentAsString()).contains(named.getUsername(), "Former employee");
        assertThat(page(get("/interests"), assessor).getStatus()).isEqualTo(403);

        String awardPage = page(get("/awards/" + award.id()), manager).getContentAsString();
        assertThat(awardPage).contains("Name the assessors", assessor.getUsername());
        var conflicted = page(post("/awards/" + award.id() + "/assessors").param("usernames", named.getUsername()),
                manager);
        assertThat(conflicted.getStatus()).isEqualTo(409);
        assertThat(conflicted.getContentAsString()).contains("There is a problem", "conflict-of-interest");
        assertThat(page(post("/awards/" + award.id() + "/assessors").param("usernames", assessor.getUsername()),
                manager).getRedirectedUrl()).isEqualTo("/awards/" + award.id() + "#named-assessors");
        assertThat(assignees(award)).containsExactly(assessor.getUsername());

        complete(assessor, "assessProposal", award, assessment(true));
        PartnerflowUser partnerAccount = user(Set.of(Role.PARTNER), List.of(partnership.id()));
        String partnerPage = page(get("/awards/" + award.id()), partnerAccount).getContentAsString();
        assertThat(partnerPage).doesNotContain(assessor.getUsername()).contains("not shown to partnerships");
        assertThat(page(get("/awards/" + award.id()), manager).getContentAsString()).contains(assessor.getUsername());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private org.springframework.mock.web.MockHttpServletResponse page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, PartnerflowUser user)
            throws Exception {
        return mvc.perform(request.with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(user))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
    }

    private HttpResponse<String> call(PartnerflowUser user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user.getUsername() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private PartnerflowUser user(Set<Role> roles, List<Long> partnershipIds) {
        String username = "u." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserRequest(username, "Test " + username, null, PASSWORD, roles, partnershipIds));
        return (PartnerflowUser) accounts.loadUserByUsername(username);
    }

    private AwardView proposed() {
        return proposed(partner);
    }

    private AwardView proposed(PartnerflowUser by) {
        AwardView award = proposals.start(by.partnershipIds().iterator().next(), by);
        complete(by, "submitProposal", award, AwardFixture.proposal("300000.00"));
        return award;
    }

    private List<String> keys(PartnerflowUser user, AwardView award) {
        return tasks.visibleTo(user, new TaskFilter(null, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).map(WorkItem::taskDefinitionKey).toList();
    }

    private String taskOf(PartnerflowUser user, AwardView award) {
        return tasks.visibleTo(user, new TaskFilter("assessProposal", null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst().orElseThrow().id();
    }

    private void complete(PartnerflowUser user, String key, AwardView award, Object body) {
        WorkItem task = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> award.id().equals(t.awardId())).findFirst()
                .orElseThrow(() -> new AssertionError(user.getUsername() + " has no " + key));
        completion.complete(task.id(), json.valueToTree(body), user);
    }

    private List<Task> openTasks(AwardView award, String key) {
        return taskService.createTaskQuery().processInstanceId(award.processInstanceId()).taskDefinitionKey(key).list();
    }

    private Task openTask(AwardView award, String key) {
        return openTasks(award, key).get(0);
    }

    private List<String> assignees(AwardView award) {
        return openTasks(award, "assessProposal").stream().map(Task::getAssignee).toList();
    }

    private static AssessmentRequest assessment(Boolean noConflict) {
        return new AssessmentRequest(List.of(
                new AssessmentRequest.CriterionScore("Community voice and power", 4, "Residents lead"),
                new AssessmentRequest.CriterionScore("Strength of the partnership", 4, null),
                new AssessmentRequest.CriterionScore("Deliverability of the plan", 3, null),
                new AssessmentRequest.CriterionScore("Value for money", 4, null),
                new AssessmentRequest.CriterionScore("Learning and sharing", 5, null)), Recommendation.FUND, noConflict);
    }

    private static DecisionRequest approve() {
        return new DecisionRequest(PanelDecision.APPROVE, new BigDecimal("300000.00"), null, null, null);
    }
}
