package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 27's pages answer as the API does: a file sent from the evidence task is the API's upload (same policy, same
 * store), downloads carry the API's headers and refuse another partnership with 404, and a spend return corrected
 * from a stale page is refused with 409 and the reader's figures kept.
 */
@DemoAppTest
class EvidenceAndFormPagesTest {

    static final byte[] PDF = "%PDF-1.4\nattendance\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aFileFromTheEvidencePageIsStoredAsTheApiStoresItAndDownloadsOnlyForThoseWhoMaySeeIt() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        String partner = award.partnership().username();
        long milestone = award.milestone(0).id();
        String task = award.taskId(award.partnerApi(port), "submitMilestoneEvidence", milestone);

        MockHttpServletResponse uploaded = send(multipart("/tasks/" + task + "/attachments")
                .file(new MockMultipartFile("file", "register.pdf", "application/pdf", PDF))
                .param("narrative", "Typed before the upload"), partner);
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/tasks/" + task);

        MockHttpServletResponse refused = send(multipart("/tasks/" + task + "/attachments")
                .file(new MockMultipartFile("file", "payload.exe", "application/octet-stream", new byte[] {'M', 'Z'}))
                .param("narrative", "Still here"), partner);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem", "href=\"#file\"",
                "File must be one of these types", "Still here", "register.pdf");
        assertThat(send(multipart("/tasks/" + task + "/attachments").param("narrative", "x"), partner).getStatus())
                .as("nothing chosen").isEqualTo(400);

        MockHttpServletResponse submitted = send(multipart("/tasks/" + task)
                .file(new MockMultipartFile("file", "photos.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}))
                .param("narrative", "Two hubs are open."), partner);
        assertThat(submitted.getStatus()).as("a chosen file goes with the evidence").isEqualTo(302);

        JsonNode files = Api.demo(port, "manager").get("/api/v1/milestones/" + milestone + "/attachments").json();
        assertThat(files).extracting(f -> f.get("fileName").asText()).containsExactly("register.pdf", "photos.png");
        String download = "/milestones/" + milestone + "/attachments/" + files.get(0).get("id").asText();
        MockHttpServletResponse file = send(get(download), "manager");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"register.pdf\"");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(send(get(download), partner).getStatus()).isEqualTo(200);
        assertThat(send(get(download), "partner.coventry").getStatus()).isEqualTo(404);
        long otherMilestone = award.milestone(1).id();
        assertThat(send(get("/milestones/" + otherMilestone + "/attachments/" + files.get(0).get("id").asText()),
                "manager").getStatus()).as("a file is only found under its own milestone").isEqualTo(404);

        String page = send(get("/milestones/" + milestone), "funder").getContentAsString();
        assertThat(page).contains("register.pdf", "photos.png", "Jo Journey", "href=\"" + download + "\"");
    }

    @Test
    void aSpendReturnCorrectedFromAStalePageIsRefusedAndKeepsTheReadersFigures() throws Exception {
        ActiveAward award = ActiveAward.ahead(port);
        String partner = award.partnership().username();
        Api api = award.partnerApi(port);
        assertThat(api.post("/api/v1/awards/" + award.id() + "/spend-returns", Map.of("year", 1, "amountSpent", 1000))
                .status()).isEqualTo(200);
        String form = send(get("/awards/" + award.id() + "/spend-returns/new?year=1"), partner).getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"0\"", "value=\"1000.00\"");
        assertThat(api.post("/api/v1/awards/" + award.id() + "/spend-returns",
                Map.of("year", 1, "amountSpent", 2000, "version", 0)).status()).isEqualTo(200);

        MockHttpServletResponse stale = send(post("/awards/" + award.id() + "/spend-returns").param("year", "1")
                .param("amountSpent", "1500").param("version", "0"), partner);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Someone else sent a return", "value=\"1500\"",
                "name=\"version\" value=\"1\"", "£2,000.00");
        assertThat(send(get("/awards/" + award.id() + "/spend-returns/new"), "funder").getStatus()).isEqualTo(403);
        assertThat(send(get("/awards/" + award.id() + "/spend-returns/new"), "partner.coventry").getStatus())
                .isEqualTo(404);
    }

    @Test
    void theOutcomeFormsNameEveryChoiceInWordsAndRefuseAsTheApiDoes() throws Exception {
        String partnership = Api.demo(port, "partner.coventry").get("/api/v1/me").json().get("partnershipIds").get(0).asText();
        for (String form : new String[] {"indicators/new", "contributions/new", "benefits/cohorts/new"}) {
            MockHttpServletResponse page = send(get("/partnerships/" + partnership + "/" + form), "partner.coventry");
            assertThat(page.getStatus()).as(form).isEqualTo(200);
            assertThat(page.getContentAsString()).as(form).doesNotContain("??");
            assertThat(send(get("/partnerships/" + partnership + "/" + form), "funder").getStatus()).isEqualTo(403);
            assertThat(send(get("/partnerships/" + partnership + "/" + form), "partner.croydon").getStatus()).isEqualTo(404);
        }
        assertThat(send(get("/partnerships/" + partnership + "/indicators/new"), "manager").getContentAsString())
                .contains("Money in pounds", "Nothing: it is described in words each period");
        MockHttpServletResponse refused = send(post("/partnerships/" + partnership + "/benefits/cohorts")
                .param("name", "Everyone").param("people", "0").param("baselineCostPerPersonYear", "100")
                .param("newCostPerPersonYear", "lots"), "partner.coventry");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem", "href=\"#people\"",
                "href=\"#newCostPerPersonYear\"", "value=\"lots\"");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }
}
