package org.partnerflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The page /me/calendar and the home page's link to it: the address, how to add it to Outlook or Google, and a reset
 * that needs the form's CSRF token and revokes the old address.
 */
@DemoAppTest
class CalendarPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void everyonesHomeLinksToTheirCalendarPage() throws Exception {
        for (String username : new String[] {"partner.coventry", "manager", "funder", "assessor", "learning", "admin"}) {
            Document home = page(mvc.perform(get("/").with(as(username))).andReturn().getResponse());
            assertThat(home.select("main a[href=/me/calendar]")).as(username).hasSize(1);
        }
    }

    @Test
    void thePageGivesTheAddressAndPlainHelpForOutlookAndGoogle() throws Exception {
        Document page = page(mvc.perform(get("/me/calendar").with(as("partner.gloucestershire"))).andReturn()
                .getResponse());

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Your deadlines in your calendar");
        assertThat(page.select("#calendar-address").attr("value")).matches("http://localhost:8080/calendar/"
                + "[A-Za-z0-9_-]{43}\\.ics");
        assertThat(page.select("label[for=calendar-address]")).hasSize(1);
        assertThat(page.select("main h2").eachText()).contains("Add it to Outlook", "Add it to Google Calendar");
        assertThat(page.text()).contains("Subscribe from web", "From URL", "your partnership's milestones");
        assertThat(page.select("form[action=/me/calendar/reset][method=post] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void aResetNeedsTheFormsTokenAndTheOldAddressThenAnswersNotFound() throws Exception {
        String before = address("partner.leeds");

        assertThat(mvc.perform(post("/me/calendar/reset").with(as("partner.leeds"))).andReturn().getResponse()
                .getStatus()).as("without the CSRF token").isEqualTo(403);
        assertThat(address("partner.leeds")).isEqualTo(before);

        MockHttpServletResponse reset = mvc.perform(post("/me/calendar/reset").with(as("partner.leeds")).with(csrf()))
                .andReturn().getResponse();
        assertThat(reset.getStatus()).isEqualTo(302);
        assertThat(reset.getRedirectedUrl()).isEqualTo("/me/calendar");

        String after = address("partner.leeds");
        assertThat(after).isNotEqualTo(before);
        assertThat(mvc.perform(get(URI.create(before).getPath())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(URI.create(after).getPath())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private String address(String username) throws Exception {
        return page(mvc.perform(get("/me/calendar").with(as(username))).andReturn().getResponse())
                .select("#calendar-address").attr("value");
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
