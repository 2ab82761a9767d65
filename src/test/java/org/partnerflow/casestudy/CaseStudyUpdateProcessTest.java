package org.partnerflow.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardFixture;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * caseStudyUpdate on every path: a public request accepted, returned once and published; a public request declined;
 * a partner's revision without triage; a learning review's draft for a partnership without a case study yet.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:casestudies;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CaseStudyUpdateProcessTest {

    static final PartnerflowUser MANAGER = AwardFixture.staff("manager.cs", Role.PROGRAMME_MANAGER);
    static final PartnerflowUser SECOND_MANAGER = AwardFixture.staff("manager.cs.two", Role.PROGRAMME_MANAGER);

    @Autowired ProcessEngine engine;
    @Autowired TaskList tasks;
    @Autowired TaskCompletion completion;
    @Autowired CaseStudies caseStudies;
    @Autowired CaseStudyUpdates updates;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;

    long partnershipId;
    PartnerflowUser partner;
    String slug;

    @BeforeEach
    void publishedCaseStudy() {
        AbstractAssertions.init(engine);
        partnershipId = newPartnership();
        partner = AwardFixture.partner(partnershipId);
        CaseStudy study = caseStudies.forPartnership(partnershipId);
        caseStudies.publish(study.getId(), CaseStudyFixture.first(), "editor");
        slug = study.getSlug();
    }

    @Test
    void publicRequestAcceptedReturnedOnceThenPublishedAsVersionTwo() {
        UpdateView update = updates.requestFromPublic(slug, new PublicUpdateRequest("Sam Resident",
                "sam@example.org", "The results miss the new hubs.", null)).orElseThrow();
        ProcessInstance instance = instance(update);
        assertThat(instance).isWaitingAt("triageUpdateRequest");
        WorkItem triage = task(MANAGER, "triageUpdateRequest", update);
        assertThat(triage.candidateGroups()).containsExactly("programme-managers");
        assertThat(tasks.formData(triage).get("caseStudyUpdate")).extracting("request.message")
                .isEqualTo("The results miss the new hubs.");

        complete(MANAGER, "triageUpdateRequest", update, Map.of("decision", "ACCEPT"));
        WorkItem draft = task(partner, "draftCaseStudyVersion", update);
        assertThat(draft.candidateGroups()).containsExactlyInAnyOrder("partnership-" + partnershipId, "programme-managers");
        assertThat(tasks.formData(draft).get("prefill")).isEqualTo(CaseStudyFixture.first());

        complete(partner, "draftCaseStudyVersion", update, CaseStudyFixture.revised("Two new hubs."));
        assertThatThrownBy(() -> complete(MANAGER, "approveCaseStudyVersion", update, Map.of("decision", "RETURN")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("comments");
        complete(MANAGER, "approveCaseStudyVersion", update, Map.of("decision", "RETURN", "comments", "Name the hubs."));
        assertThat(instance).isWaitingAt("draftCaseStudyVersion");
        assertThat(tasks.formData(task(partner, "draftCaseStudyVersion", update)).get("prefill"))
                .isEqualTo(CaseStudyFixture.revised("Two new hubs."));

        complete(partner, "draftCaseStudyVersion", update, CaseStudyFixture.revised("Hubs in Abbey Wood and Thamesmead."));
        complete(MANAGER, "approveCaseStudyVersion", update, Map.of("decision", "PUBLISH"));

        assertThat(instance).hasPassedInOrder("triageUpdateRequest", "draftCaseStudyVersion", "approveCaseStudyVersion",
                "draftCaseStudyVersion", "approveCaseStudyVersion", "publishCaseStudyVersion").isEnded();
        assertThat(instance).hasPassed("versionPublished");
        assertThat(updates.get(update.id()).status()).isEqualTo(UpdateStatus.PUBLISHED);
        assertThat(caseStudies.versions(slug, MANAGER)).extracting(VersionEntry::version, VersionEntry::publishedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "editor"),
                        org.assertj.core.groups.Tuple.tuple(2, "manager.cs"));
        assertThat(caseStudies.latest(slug, null).sections().results()).isEqualTo("Hubs in Abbey Wood and Thamesmead.");
        assertThat(caseStudies.version(slug, 1, MANAGER).sections()).isEqualTo(CaseStudyFixture.first());
    }

    @Test
    void publicRequestDeclinedWithAReplyEndsWithoutANewVersion() {
        UpdateView update = updates.requestFromPublic(slug, new PublicUpdateRequest("Pat", "pat@example.org",
                "Please add our bake sale.", null)).orElseThrow();
        ProcessInstance instance = instance(update);
        assertThatThrownBy(() -> complete(MANAGER, "triageUpdateRequest", update, Map.of("decision", "DECLINE")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("reply");
        complete(MANAGER, "triageUpdateRequest", update, Map.of("decision", "DECLINE",
                "reply", "Thank you; the case study covers the partnership's work only."));

        assertThat(instance).hasPassed("recordDeclinedRequest", "updateDeclined")
                .hasNotPassed("draftCaseStudyVersion").isEnded();
        assertThat(updates.get(update.id()).status()).isEqualTo(UpdateStatus.DECLINED);
        assertThat(caseStudies.versions(slug, MANAGER)).hasSize(1);
    }

    @Test
    void partnerStartsARevisionWithoutTriage() {
        PartnerflowUser stranger = AwardFixture.partner(newPartnership());
        assertThatThrownBy(() -> updates.startBy(slug, stranger)).isInstanceOf(AccessDeniedException.class);

        UpdateView update = updates.startBy(slug, partner);
        assertThat(update.source()).isEqualTo(UpdateSource.PARTNER);
        ProcessInstance instance = instance(update);
        assertThat(instance).isWaitingAt("draftCaseStudyVersion");
        complete(partner, "draftCaseStudyVersion", update, CaseStudyFixture.revised("More residents lead groups."));
        complete(MANAGER, "approveCaseStudyVersion", update, Map.of("decision", "PUBLISH"));

        assertThat(instance).hasNotPassed("triageUpdateRequest").hasPassed("versionPublished").isEnded();
        assertThat(caseStudies.latest(slug, null).version()).isEqualTo(2);
    }

    @Test
    void programmeManagerStartsARevisionWithoutTriage() {
        UpdateView update = updates.startBy(slug, MANAGER);
        assertThat(update.source()).isEqualTo(UpdateSource.PROGRAMME_MANAGER);
        assertThat(instance(update)).isWaitingAt("draftCaseStudyVersion");
    }

    @Test
    void aManagerWhoDraftedTheVersionNeitherSeesNorApprovesItAndAnotherManagerPublishes() {
        UpdateView update = updates.startBy(slug, MANAGER);
        complete(MANAGER, "draftCaseStudyVersion", update, CaseStudyFixture.revised("Drafted by the manager."));

        assertThatThrownBy(() -> task(MANAGER, "approveCaseStudyVersion", update)).isInstanceOf(AssertionError.class);
        String approval = task(SECOND_MANAGER, "approveCaseStudyVersion", update).id();
        assertThatThrownBy(() -> completion.complete(approval, json.valueToTree(Map.of("decision", "PUBLISH")), MANAGER))
                .isInstanceOf(org.partnerflow.shared.RuleRefusal.class)
                .hasMessageContaining("nobody may approve a case-study version they drafted");
        assertThatThrownBy(() -> updates.approve(update.id(), new ApprovalRequest(ApprovalRequest.Decision.PUBLISH,
                null), MANAGER.getUsername())).isInstanceOf(org.partnerflow.shared.RuleRefusal.class);

        complete(SECOND_MANAGER, "approveCaseStudyVersion", update, Map.of("decision", "PUBLISH"));
        assertThat(caseStudies.versions(slug, MANAGER)).extracting(VersionEntry::publishedBy)
                .contains(SECOND_MANAGER.getUsername());
    }

    @Test
    void learningReviewDraftStartsTheFirstCaseStudyOfAPartnership() {
        long newcomer = newPartnership();
        Draft fromReview = CaseStudyFixture.revised("Residents now chair the board.");
        UpdateView update = updates.startFromLearningReview(newcomer, fromReview);
        assertThat(update.source()).isEqualTo(UpdateSource.LEARNING_REVIEW);
        assertThat(update.slug()).startsWith("fixtureton-");
        ProcessInstance instance = instance(update);
        assertThat(instance).isWaitingAt("draftCaseStudyVersion");

        PartnerflowUser newcomerPartner = AwardFixture.partner(newcomer);
        assertThat(tasks.formData(task(newcomerPartner, "draftCaseStudyVersion", update)).get("prefill"))
                .isEqualTo(fromReview);
        complete(newcomerPartner, "draftCaseStudyVersion", update, fromReview);
        complete(MANAGER, "approveCaseStudyVersion", update, Map.of("decision", "PUBLISH"));

        assertThat(instance).hasNotPassed("triageUpdateRequest").isEnded();
        assertThat(caseStudies.latest(update.slug(), null).version()).isEqualTo(1);
        assertThat(caseStudies.published()).extracting(CaseStudySummary::slug).contains(update.slug(), slug);
    }

    @Test
    void aRequestThatFillsTheHoneypotStartsNothing() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("caseStudyUpdate").count();
        assertThat(updates.requestFromPublic(slug, new PublicUpdateRequest("Bot", "bot@example.org", "Buy now",
                "http://spam.example"))).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("caseStudyUpdate")
                .count()).isEqualTo(before);
    }

    private long newPartnership() {
        AwardFixture fixture = new AwardFixture(programmes, partnerships, tx);
        return fixture.partnership(fixture.programme("1000000.00").id(), true).id();
    }

    private ProcessInstance instance(UpdateView update) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(update.processInstanceId())
                .singleResult();
    }

    private WorkItem task(PartnerflowUser user, String key, UpdateView update) {
        return tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> String.valueOf(update.id()).equals(t.businessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " task for " + user.getUsername()));
    }

    private void complete(PartnerflowUser user, String key, UpdateView update, Object body) {
        completion.complete(task(user, key, update).id(), json.valueToTree(body), user);
    }
}
