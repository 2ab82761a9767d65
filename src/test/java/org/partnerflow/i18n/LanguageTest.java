package org.partnerflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.partnerflow.support.DemoAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages are written in the browser's language when the service offers it (the tests offer en-GB and a partial
 * Welsh bundle), and in en-GB otherwise; dates follow the language, untranslated texts fall back to en-GB.
 */
@DemoAppTest
class LanguageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aWelshBrowserGetsWelshTextsAndWelshDatesAndEnglishWhereNoTranslationExists() throws Exception {
        String page = page("/awards", "cy");
        assertThat(page).contains("<html lang=\"cy\"", "Neidio i’r prif gynnwys", ">Hafan</a>", ">Tasgau</a>")
                .doesNotContain("Skip to main content");
        assertThat(page).contains("Ebrill 2026"); // the demo awards start on 1 April 2026
        assertThat(page).contains("Partnerships"); // no Welsh text for this one yet: the en-GB one
    }

    @Test
    void aBrowserAskingForALanguageNotOfferedGetsBritishEnglish() throws Exception {
        for (String language : new String[] {"fr-FR", "en-US", ""}) {
            String page = page("/awards", language);
            assertThat(page).as(language).contains("<html lang=\"en-GB\"", "Skip to main content", "April 2026",
                    "£");
        }
    }

    private String page(String path, String language) throws Exception {
        var request = get(path).with(user(users.loadUserByUsername("manager")));
        if (!language.isEmpty()) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
