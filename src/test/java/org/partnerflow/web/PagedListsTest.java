package org.partnerflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.Api;
import org.partnerflow.support.DemoAppTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The award and partnership lists answer everything without page and size, as the contract has them, and one page
 * with either: the pages together are the whole list in the same order, X-Total-Count counts it, and a page out of
 * range is a 400 naming the parameter.
 */
@DemoAppTest
class PagedListsTest {

    @LocalServerPort int port;

    @Test
    void awardPagesTogetherAreTheWholeListInTheSameOrder() throws Exception {
        pagesAddUpToTheWholeList("/api/v1/awards", "reference");
    }

    @Test
    void partnershipPagesTogetherAreTheWholeListInTheSameOrder() throws Exception {
        pagesAddUpToTheWholeList("/api/v1/partnerships", "name");
    }

    @Test
    void aPartnerPagesOnlyTheirOwn() throws Exception {
        HttpResponse<String> page = get("/api/v1/awards?page=0&size=50", "partner.coventry");
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue(
                String.valueOf(Api.demo(port, "partner.coventry").get("/api/v1/awards").json().size()));
    }

    @Test
    void pagesOutOfRangeAreRefusedNamingTheParameter() {
        for (String list : new String[] {"/api/v1/awards", "/api/v1/partnerships"}) {
            for (String bad : new String[] {"page=-1", "size=0", "size=201"}) {
                Api.Response refused = Api.demo(port, "manager").get(list + "?" + bad);
                assertThat(refused.status()).as(list + "?" + bad).isEqualTo(400);
                assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
            }
        }
    }

    private void pagesAddUpToTheWholeList(String list, String field) throws Exception {
        JsonNode all = Api.demo(port, "manager").get(list).json();
        assertThat(all.size()).isGreaterThanOrEqualTo(6);
        List<String> paged = new ArrayList<>();
        int size = 4;
        for (int page = 0; page * size < all.size(); page++) {
            HttpResponse<String> response = get(list + "?page=" + page + "&size=" + size, "manager");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(all.size()));
            JsonNode items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            assertThat(items.size()).isLessThanOrEqualTo(size);
            items.forEach(i -> paged.add(i.get(field).asText()));
        }
        List<String> whole = new ArrayList<>();
        all.forEach(i -> whole.add(i.get(field).asText()));
        assertThat(paged).isEqualTo(whole);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
