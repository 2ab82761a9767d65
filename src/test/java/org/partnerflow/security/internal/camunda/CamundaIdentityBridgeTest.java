package org.partnerflow.security.internal.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.organisation.OrganisationData;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Camunda's identity service sees Partnerflow's users, roles and partnerships, and cannot change them. */
@SpringBootTest // a mock web environment: the security chains need Spring MVC in the context
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:identity;DB_CLOSE_DELAY=-1")
class CamundaIdentityBridgeTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final OrganisationData FUNDER = new OrganisationData("Coventry City Council",
            OrganisationType.LOCAL_AUTHORITY, "GB-LAE-COV", "CV1 5RR");
    private static final OrganisationData NHS_TRUST = new OrganisationData("University Hospitals Coventry and Warwickshire",
            OrganisationType.NHS_BODY, "GB-NHS-RKB", null);
    private static final OrganisationData CHARITY = new OrganisationData("Croydon Community Care",
            OrganisationType.VCSE, "GB-CHC-1234567", null);

    @Autowired Users users;
    @Autowired Programmes programmes;
    @Autowired Partnerships partnerships;
    @Autowired ProcessEngine processEngine;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    /** Unique per test, so tests sharing the Spring context and database never see each other's users. */
    private String run;
    private long croydon;
    private long coventry;

    @BeforeEach
    void programmeWithTwoPartnerships() {
        run = UUID.randomUUID().toString().substring(0, 8);
        long programme = programmes.create(new ProgrammeRequest("HCT-" + run.toUpperCase(), "Healthy communities " + run,
                null, FUNDER, new BigDecimal("2250000.00"), new BigDecimal("450000.00"), 36, 6, Set.of())).id();
        croydon = partnership(programme, "Croydon together", CHARITY);
        coventry = partnership(programme, "Coventry connected", NHS_TRUST);
    }

    @Test
    void userIsFoundByUsernameWithNamesAndEmailFromTheApp() {
        String manager = user("manager", "Priya Anand Shah", Set.of(Role.PROGRAMME_MANAGER), List.of());

        User found = identityService.createUserQuery().userId(manager).singleResult();

        assertThat(found).isNotNull();
        assertThat(found.getId()).isEqualTo(manager);
        assertThat(found.getFirstName()).isEqualTo("Priya");
        assertThat(found.getLastName()).isEqualTo("Anand Shah");
        assertThat(found.getEmail()).isEqualTo(manager + "@example.org");
        assertThat(identityService.createUserQuery().userId("nobody-" + run).singleResult()).isNull();
    }

    @Test
    void groupsOfAUserAreTheirRoleGroupsAndForAPartnerTheirPartnerships() {
        String partner = user("partner", "Sam Okoro", Set.of(Role.PARTNER, Role.LEARNING_PARTNER), List.of(croydon, coventry));
        String admin = user("admin", "Ada Admin", Set.of(Role.ADMIN, Role.FUNDER), List.of());
        // memberships without the PARTNER role give no partnership group (PartnerflowUser.groups() decides)
        String assessor = user("assessor", "Ali Assessor", Set.of(Role.ASSESSOR), List.of(croydon));

        assertThat(groupIdsOf(partner)).containsExactlyInAnyOrder("learning-partners",
                Role.partnershipGroup(croydon), Role.partnershipGroup(coventry));
        assertThat(groupIdsOf(admin)).containsExactlyInAnyOrder("camunda-admin", "funders");
        assertThat(groupIdsOf(assessor)).containsExactly("assessors");
        assertThat(groupIdsOf("nobody-" + run)).isEmpty();
    }

    @Test
    void groupsAreFoundByIdIdListTypeAndName() {
        user("partner", "Sam Okoro", Set.of(Role.PARTNER), List.of(croydon));
        String croydonGroup = Role.partnershipGroup(croydon);

        Group managers = identityService.createGroupQuery().groupId("programme-managers").singleResult();
        assertThat(managers.getName()).isEqualTo("Programme managers");
        assertThat(managers.getType()).isEqualTo("WORKFLOW");
        assertThat(identityService.createGroupQuery().groupId("camunda-admin").singleResult().getType()).isEqualTo("SYSTEM");
        Group partnership = identityService.createGroupQuery().groupId(croydonGroup).singleResult();
        assertThat(partnership.getName()).isEqualTo("Partnership " + croydon);
        assertThat(partnership.getType()).isEqualTo("PARTNERSHIP");

        assertThat(identityService.createGroupQuery().groupIdIn("funders", croydonGroup, "no-such-group").list())
                .extracting(Group::getId).containsExactlyInAnyOrder("funders", croydonGroup);
        assertThat(identityService.createGroupQuery().groupType("PARTNERSHIP").list()).extracting(Group::getId)
                .contains(croydonGroup).doesNotContain(Role.partnershipGroup(coventry), "funders");
        assertThat(identityService.createGroupQuery().groupType("WORKFLOW").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("programme-managers", "funders", "assessors", "learning-partners");
        assertThat(identityService.createGroupQuery().groupNameLike("%MANAGER%").list()).extracting(Group::getId)
                .containsExactly("programme-managers");
        // a partnership with no partner in it has no group yet; unknown names are no group at all
        assertThat(identityService.createGroupQuery().groupId(Role.partnershipGroup(coventry)).singleResult()).isNull();
        assertThat(identityService.createGroupQuery().groupId("partnership-0" + croydon).singleResult()).isNull();
    }

    @Test
    void usersOfAGroupAreItsMembersOnly() {
        String croydonPartner = user("partner.croydon", "Sam Okoro", Set.of(Role.PARTNER), List.of(croydon));
        String coventryPartner = user("partner.coventry", "Jo Bloggs", Set.of(Role.PARTNER), List.of(coventry));
        String funder = user("funder", "Fay Funder", Set.of(Role.FUNDER), List.of(croydon));

        assertThat(userIdsOf(Role.partnershipGroup(croydon))).containsExactly(croydonPartner);
        assertThat(userIdsOf(Role.partnershipGroup(coventry))).containsExactly(coventryPartner);
        assertThat(userIdsOf("funders")).contains(funder).doesNotContain(croydonPartner, coventryPartner);
        assertThat(identityService.createUserQuery().memberOfGroup("funders").userId(funder).count()).isEqualTo(1);
        assertThat(userIdsOf("no-such-group")).isEmpty();
    }

    @Test
    void usersAreSearchedByNameLikeOrderedAndPaged() {
        String first = user("a", "Rita Patel", Set.of(Role.PARTNER), List.of(croydon));
        String second = user("b", "Ravi Patel", Set.of(Role.PARTNER), List.of(croydon));
        user("c", "Tom Jones", Set.of(Role.PARTNER), List.of(croydon));
        String croydonGroup = Role.partnershipGroup(croydon);

        assertThat(identityService.createUserQuery().memberOfGroup(croydonGroup).userLastNameLike("pat%")
                .orderByUserFirstName().asc().list()).extracting(User::getId).containsExactly(second, first);
        assertThat(identityService.createUserQuery().memberOfGroup(croydonGroup).userLastName("Patel")
                .orderByUserId().desc().listPage(1, 1)).extracting(User::getId).containsExactly(first);
        assertThat(identityService.createUserQuery().memberOfGroup(croydonGroup).count()).isEqualTo(3);
        assertThat(identityService.createGroupQuery().groupMember(first).orderByGroupId().asc().listPage(0, 5))
                .extracting(Group::getId).containsExactly(croydonGroup);
        assertThat(identityService.createUserQuery().userIdIn(first, "nobody-" + run).list())
                .extracting(User::getId).containsExactly(first);
    }

    @Test
    void passwordIsCheckedAgainstTheStoredHash() {
        String manager = user("manager", "Priya Shah", Set.of(Role.PROGRAMME_MANAGER), List.of());

        assertThat(identityService.checkPassword(manager, PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(manager, PASSWORD + "!")).isFalse();
        assertThat(identityService.checkPassword("nobody-" + run, PASSWORD)).isFalse();
    }

    @Test
    void identityCannotBeChangedThroughCamunda() {
        String partner = user("partner", "Sam Okoro", Set.of(Role.PARTNER), List.of(croydon));

        assertThat(identityService.isReadOnly()).isTrue();
        assertThatThrownBy(() -> identityService.saveUser(identityService.newUser("intruder-" + run)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identityService.createMembership(partner, "camunda-admin"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> identityService.deleteUser(partner)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(identityService.createUserQuery().userId("intruder-" + run).count()).isZero();
        assertThat(groupIdsOf(partner)).containsExactly(Role.partnershipGroup(croydon));
    }

    @Test
    void partnerFindsTheirPartnershipsTaskButNotAnotherPartnerships() {
        String croydonPartner = user("partner.croydon", "Sam Okoro", Set.of(Role.PARTNER), List.of(croydon));
        String coventryPartner = user("partner.coventry", "Jo Bloggs", Set.of(Role.PARTNER), List.of(coventry));
        String manager = user("manager", "Priya Shah", Set.of(Role.PROGRAMME_MANAGER), List.of());
        String deployment = repositoryService.createDeployment().name("identity probe " + run)
                .addModelInstance("identityProbe.bpmn", Bpmn.createExecutableProcess("identityProbe")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("probeTask")
                        .camundaCandidateGroups(Role.partnershipGroup(croydon)).endEvent().done())
                .deploy().getId();
        try {
            String instance = runtimeService.startProcessInstanceByKey("identityProbe").getId();

            assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateUser(croydonPartner).list())
                    .extracting(task -> task.getTaskDefinitionKey()).containsExactly("probeTask");
            assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateUser(coventryPartner).count())
                    .isZero();
            assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateUser(manager).count())
                    .isZero();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void camundaWebappSignOnFindsTheSignedInUser() {
        String admin = user("admin", "Ada Admin", Set.of(Role.ADMIN), List.of());

        // what CamundaWebappSingleSignOn's filter does with the groups Spring Security's principal carries
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(processEngine, admin,
                List.of("camunda-admin"), null);

        assertThat(authentication).isNotNull();
        assertThat(authentication.getIdentityId()).isEqualTo(admin);
        assertThat(authentication.getGroupIds()).containsExactly("camunda-admin");
        assertThat(authentication.getTenantIds()).isEmpty();
        assertThat(AuthenticationUtil.createAuthentication(processEngine, "nobody-" + run, List.of(), null)).isNull();
    }

    private String user(String name, String displayName, Set<Role> roles, List<Long> partnershipIds) {
        String username = name + "-" + run;
        users.create(new UserRequest(username, displayName, username + "@example.org", PASSWORD, roles, partnershipIds));
        return username;
    }

    private long partnership(long programme, String name, OrganisationData lead) {
        return partnerships.create(new PartnershipRequest(programme, name + " " + run, name.split(" ")[0], null, lead,
                List.of(new PartnershipRequest.Member(FUNDER, "Local authority partner")),
                List.of(), List.of(), List.of(), null)).id();
    }

    private List<String> groupIdsOf(String username) {
        return identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    private List<String> userIdsOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }
}
