package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerflow.security.AppUserRepository;
import org.partnerflow.security.Role;
import org.partnerflow.support.Api;
import org.partnerflow.support.Axe;
import org.partnerflow.support.Browser;
import org.partnerflow.support.MockOidcIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on end to end against a mocked OpenID Connect provider ({@link MockOidcIssuer}) over real HTTP:
 * discovery at start-up, the authorization-code redirect, the token request with the client secret, the ID token's
 * signature checked against the issuer's keys, the group mapping, just-in-time users, and refusals. The one Spring
 * context with single sign-on on; local password sign-in is checked in it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:partnerflow-sso;DB_CLOSE_DELAY=-1",
        // An engine name of its own (no hyphen: Camunda ignores such names), so that the static engine registry that
        // other contexts look up by name keeps theirs.
        "camunda.bpm.process-engine-name=partnerflowsso",
        "partnerflow.sso.enabled=true",
        "spring.security.oauth2.client.registration.mock.client-id=partnerflow",
        "spring.security.oauth2.client.registration.mock.client-secret=mock-secret",
        "spring.security.oauth2.client.registration.mock.client-name=Mock ID",
        "spring.security.oauth2.client.registration.mock.scope=openid,profile,email",
        "partnerflow.sso.claims=groups,roles",
        "partnerflow.sso.role-mapping.pf-managers=PROGRAMME_MANAGER",
        "partnerflow.sso.role-mapping[Partnerflow.Funders]=FUNDER,ASSESSOR" })
@ActiveProfiles("demo")
class SingleSignOnTest {

    static final MockOidcIssuer ISSUER = MockOidcIssuer.start("partnerflow", "mock-secret");

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.mock.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    IdentityService camundaIdentity;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMappedProgrammeManagerSignsInAndLandsOnThePageTheyAskedFor() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> asked = get(browser, URI.create(app("/dashboard/manager")));
        assertThat(asked.statusCode()).isEqualTo(302);

        ISSUER.signInAs(Map.of("sub", "entra-0001", "preferred_username", "sam.sso", "name", "Sam Single",
                "email", "sam@example.org", "groups", List.of("pf-managers", "everyone")));
        int tokenRequests = ISSUER.tokenRequests();
        List<HttpResponse<String>> hops = signInThroughProvider(browser);

        assertThat(hops).extracting(h -> h.uri().getPath())
                .containsSubsequence("/oauth2/authorization/mock", "/authorize", "/login/oauth2/code/mock",
                        "/dashboard/manager");
        assertThat(ISSUER.tokenRequests()).as("the code was exchanged at the token endpoint").isEqualTo(tokenRequests + 1);
        HttpResponse<String> dashboard = last(hops);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Sam Single").contains("Programme manager");

        Row row = row("sam.sso").orElseThrow();
        assertThat(row.getRoles()).containsExactly(Role.PROGRAMME_MANAGER);
        assertThat(row.getPartnershipIds()).isEmpty();
        assertThat(row.getDisplayName()).isEqualTo("Sam Single");
        assertThat(row.getEmail()).isEqualTo("sam@example.org");
        assertThat(row.isSingleSignOn()).isTrue();
        // Camunda sees the user through the identity bridge, in the programme managers' candidate group.
        assertThat(camundaIdentity.createUserQuery().memberOfGroup("programme-managers").list())
                .extracting(u -> u.getId()).contains("sam.sso");
    }

    @Test
    void aMappedPartnerSeesOnlyTheirOwnPartnership() throws Exception {
        long coventry = partnershipOf("partner.coventry");
        long croydon = partnershipOf("partner.croydon");
        HttpClient browser = browser();
        ISSUER.signInAs(Map.of("sub", "kc-partner-7", "preferred_username", "pat.sso", "name", "Pat Partner",
                "groups", List.of("partnerflow-partnership-" + coventry)));
        HttpResponse<String> home = last(signInThroughProvider(browser));
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Pat Partner");

        assertThat(get(browser, URI.create(app("/partnerships/" + coventry))).statusCode()).isEqualTo(200);
        assertThat(get(browser, URI.create(app("/partnerships/" + croydon))).statusCode())
                .as("another partnership is not found, as for a local partner").isEqualTo(404);
        assertThat(get(browser, URI.create(app("/dashboard/manager"))).statusCode()).isEqualTo(403);

        Row row = row("pat.sso").orElseThrow();
        assertThat(row.getRoles()).containsExactly(Role.PARTNER);
        assertThat(row.getPartnershipIds()).containsExactly(coventry);
        assertThat(camundaIdentity.createGroupQuery().groupMember("pat.sso").list()).extracting(Group::getId)
                .containsExactly("partnership-" + coventry);
    }

    @Test
    void rolesAndPartnershipsAreRefreshedAtEverySignInAndTheUsernameStays() throws Exception {
        long leeds = partnershipOf("partner.leeds");
        ISSUER.signInAs(Map.of("sub", "kc-refresh-1", "preferred_username", "robin.sso", "name", "Robin",
                "groups", List.of("partnerflow-partnership-" + leeds)));
        assertThat(last(signInThroughProvider(browser())).statusCode()).isEqualTo(200);
        assertThat(row("robin.sso").orElseThrow().getRoles()).containsExactly(Role.PARTNER);

        // Moved to the funders (an Entra app role, in the roles claim) and renamed at the provider.
        ISSUER.signInAs(Map.of("sub", "kc-refresh-1", "preferred_username", "robin.renamed", "name", "Robin Funder",
                "groups", List.of(), "roles", List.of("partnerflow.funders")));
        HttpClient browser = browser();
        assertThat(last(signInThroughProvider(browser)).statusCode()).isEqualTo(200);
        Row row = row("robin.sso").orElseThrow();
        assertThat(row.getRoles()).containsExactlyInAnyOrder(Role.FUNDER, Role.ASSESSOR);
        assertThat(row.getPartnershipIds()).isEmpty();
        assertThat(row.getDisplayName()).isEqualTo("Robin Funder");
        assertThat(row("robin.renamed")).isEmpty();
        assertThat(get(browser, URI.create(app("/partnerships/" + partnershipOf("partner.croydon")))).statusCode())
                .as("staff read every partnership").isEqualTo(200);

        // No mapped group any more: refused, and the user keeps no role.
        ISSUER.signInAs(Map.of("sub", "kc-refresh-1", "preferred_username", "robin.sso", "groups", List.of("left")));
        assertThat(last(signInThroughProvider(browser())).statusCode()).isEqualTo(403);
        assertThat(row("robin.sso").orElseThrow().getRoles()).isEmpty();
    }

    @Test
    void aUserSwitchedOffByAnAdminIsSignedOutAndTheProviderCannotSignThemInAgain() throws Exception {
        ISSUER.signInAs(Map.of("sub", "kc-off-1", "preferred_username", "olly.sso", "name", "Olly Off",
                "groups", List.of("pf-managers")));
        HttpClient browser = browser();
        assertThat(last(signInThroughProvider(browser)).statusCode()).isEqualTo(200);
        assertThat(get(browser, URI.create(app("/dashboard/manager"))).statusCode()).isEqualTo(200);

        assertThat(Api.demo(port, "admin").patch("/api/v1/users/olly.sso", Map.of("active", false)).status())
                .isEqualTo(200);
        HttpResponse<String> next = get(browser, URI.create(app("/dashboard/manager")));
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpResponse<String> again = last(signInThroughProvider(browser()));
        assertThat(again.uri().toString()).endsWith("/login?sso=failed");
        assertThat(users.findByUsername("olly.sso").orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aUserWithoutAMappedGroupIsRefusedWithAClearPage() throws Exception {
        HttpClient browser = browser();
        ISSUER.signInAs(Map.of("sub", "entra-0404", "preferred_username", "nobody.sso", "groups",
                List.of("staff", "partnerflow-partnership-not-a-number")));
        List<HttpResponse<String>> hops = signInThroughProvider(browser);
        HttpResponse<String> refused = last(hops);
        assertThat(refused.uri().toString()).endsWith("/login?sso=refused");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("There is a problem").contains("has no role in Partnerflow");
        assertThat(row("nobody.sso")).as("no user is created").isEmpty();
        assertThat(get(browser, URI.create(app("/tasks"))).statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aProviderAccountCannotTakeOverALocalAccountOfTheSameName() throws Exception {
        ISSUER.signInAs(Map.of("sub", "entra-evil", "preferred_username", "admin", "groups", List.of("pf-managers")));
        HttpResponse<String> refused = last(signInThroughProvider(browser()));
        assertThat(refused.uri().toString()).endsWith("/login?sso=taken");
        assertThat(refused.statusCode()).isEqualTo(403);
        Row admin = row("admin").orElseThrow();
        assertThat(admin.isSingleSignOn()).isFalse();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anIdTokenNotSignedByTheIssuerIsRefused() throws Exception {
        ISSUER.signInAs(Map.of("sub", "forged-1", "preferred_username", "forged.sso", "groups", List.of("pf-managers")));
        ISSUER.forgeNextToken();
        HttpResponse<String> failed = last(signInThroughProvider(browser()));
        assertThat(failed.uri().toString()).endsWith("/login?sso=failed");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("did not work");
        assertThat(row("forged.sso")).isEmpty();
    }

    @Test
    void aSingleSignOnUserHasNoPasswordHere() throws Exception {
        ISSUER.signInAs(Map.of("sub", "entra-0002", "preferred_username", "kim.sso", "groups", List.of("pf-managers")));
        assertThat(last(signInThroughProvider(browser())).statusCode()).isEqualTo(200);

        assertThat(Api.as(port, "kim.sso", "").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(port, "kim.sso", "demo").get("/api/v1/me").status()).isEqualTo(401);
        Api.Response reset = Api.demo(port, "admin").post("/api/v1/users/kim.sso/password",
                Map.of("password", "a-long-enough-password"));
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.body()).contains("single sign-on");
    }

    @Test
    void localPasswordSignInStillWorksBesideSingleSignOn() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> login = get(browser, URI.create(app("/login")));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Sign in with Mock ID").contains("href=\"/oauth2/authorization/mock\"")
                .contains("name=\"password\"");
        String form = "username=manager&password=demo&_csrf=" + URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(app("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(get(browser, URI.create(app("/dashboard/manager"))).statusCode()).isEqualTo(200);
        assertThat(Api.demo(port, "manager").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theSignInPageWithAProviderIsAccessible() {
        WebDriver chrome = Browser.start();
        try {
            chrome.get(app("/login?sso=refused"));
            assertThat(chrome.findElement(By.id("sso-mock")).getText()).isEqualTo("Sign in with Mock ID");
            assertThat(Axe.seriousOrCritical(chrome)).isEmpty();
            Browser.screenshot(chrome, "sign-in-with-single-sign-on");

            ISSUER.signInAs(Map.of("sub", "entra-0003", "preferred_username", "lee.sso", "name", "Lee Browser",
                    "groups", List.of("pf-managers")));
            chrome.findElement(By.id("sso-mock")).click();
            new WebDriverWait(chrome, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(app("/")));
            assertThat(chrome.findElement(By.tagName("header")).getText()).contains("Lee Browser");
        } finally {
            chrome.quit();
        }
    }

    /** A user's row as stored, read in a transaction of its own. */
    record Row(String displayName, String email, Set<Role> roles, Set<Long> partnershipIds, boolean isSingleSignOn) {

        Set<Role> getRoles() {
            return roles;
        }

        Set<Long> getPartnershipIds() {
            return partnershipIds;
        }

        String getDisplayName() {
            return displayName;
        }

        String getEmail() {
            return email;
        }
    }

    private Optional<Row> row(String username) {
        return transactions.execute(status -> users.findByUsername(username).map(u -> new Row(u.getDisplayName(),
                u.getEmail(), u.getRoles(), u.getPartnershipIds(), u.isSingleSignOn())));
    }

    private long partnershipOf(String partner) {
        return Api.demo(port, partner).get("/api/v1/me").json().get("partnershipIds").get(0).asLong();
    }

    /** Follows the redirects of a click on the provider's button, as a browser would, to the page it ends on. */
    private List<HttpResponse<String>> signInThroughProvider(HttpClient browser) throws Exception {
        List<HttpResponse<String>> hops = new ArrayList<>();
        URI next = URI.create(app("/oauth2/authorization/mock"));
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = get(browser, next);
            hops.add(response);
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return hops;
            }
            next = next.resolve(location.get());
        }
        throw new AssertionError("too many redirects: " + hops);
    }

    private static HttpResponse<String> last(List<HttpResponse<String>> hops) {
        return hops.get(hops.size() - 1);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
