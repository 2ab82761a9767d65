package org.partnerflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.partnerflow.support.PostgresDemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The feeds on PostgreSQL: the installation's key made once and kept, only hashes in calendar_feed, a feed that ical4j
 * reads, and a reset that revokes the old address.
 */
@PostgresDemoAppTest
class CalendarFeedOnPostgresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFeedOnPostgresStoresOnlyTheHashAndAResetRevokesTheOldAddress() throws Exception {
        String address = url(mvc.perform(get("/api/v1/me/calendar").with(user(users.loadUserByUsername("manager"))))
                .andReturn().getResponse());
        String token = address.replaceAll(".*/calendar/(.*)\\.ics", "$1");

        assertThat(jdbc.queryForObject("select count(*) from calendar_feed_key", Integer.class)).isEqualTo(1);
        List<String> stored = jdbc.queryForList("select seed || ' ' || token_hash from calendar_feed", String.class);
        assertThat(stored).isNotEmpty().noneMatch(row -> row.contains(token));
        MockHttpServletResponse feed = mvc.perform(get(URI.create(address).getPath()).header("Accept", "text/html"))
                .andReturn().getResponse();
        assertThat(feed.getStatus()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getContentAsString()));
        assertThat(calendar.getComponents("VEVENT")).isNotEmpty();

        String fresh = url(mvc.perform(post("/api/v1/me/calendar/reset")
                .with(user(users.loadUserByUsername("manager")))).andReturn().getResponse());
        assertThat(fresh).isNotEqualTo(address);
        assertThat(mvc.perform(get(URI.create(address).getPath())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(URI.create(fresh).getPath())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed_key", Integer.class)).isEqualTo(1);
    }

    private static String url(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getContentAsString()).get("url").asText();
    }
}
