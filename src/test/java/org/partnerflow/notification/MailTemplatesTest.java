package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notification;
import org.partnerflow.support.Bundles;

/** Every mail template renders with the model its caller gives, with no markup left over and nothing missing. */
class MailTemplatesTest {

    final MailTemplates templates = new MailTemplates(new Formats(Bundles.messages(), List.of("en-GB")), Bundles.messages());

    @Test
    void theOfferNamesTheAmountTheTranchesTheConditionsAndTheDeadline() {
        var rendered = templates.render("offer-made", Notification.model("reference", "360G-PF-HCT-0001",
                "partnership", "Healthier Coventry", "programme", "Healthy Communities Together",
                "amount", new BigDecimal("300000.00"), "conditions", "Quarterly reports.", "reasons", null,
                "expiresAt", Instant.parse("2027-03-31T10:15:00Z"),
                "tranches", List.of(new BigDecimal("100000.00"), new BigDecimal("200000.00"))));
        assertThat(rendered.text()).contains("Dear Healthier Coventry,", "offers a grant of £300,000.00",
                "1. £100,000.00", "2. £200,000.00", "Conditions of the offer:\nQuarterly reports.",
                "by 31 March 2027, 11:15am").doesNotContain("reasons", "[(", "[#", "[/]");
        assertThat(rendered.html()).contains("<td>£200,000.00</td>").doesNotContain("The panel's reasons");
    }

    @Test
    void milestoneMessagesSpeakToThePartnershipOrToTheManagers() {
        Map<String, Object> model = Notification.model("reference", "360G-PF-HCT-0001", "partnership", "Healthier Coventry",
                "milestone", "Hubs open", "sequence", 1, "dueDate", LocalDate.of(2027, 9, 30),
                "evidenceExpected", "Photos", "trancheAmount", new BigDecimal("100000.00"));
        assertThat(templates.render("milestone-reminder", model).text())
                .contains("milestone 1, Hubs open, of 360G-PF-HCT-0001 is due on 30 September 2027", "Evidence expected: Photos");
        assertThat(templates.render("tranche-released", model).text()).contains("The tranche of £100,000.00");
        model.put("forManagers", true);
        assertThat(templates.render("milestone-overdue", model).text()).startsWith("Programme managers,")
                .contains("(Healthier Coventry)").doesNotContain("Dear");
        model.put("forManagers", false);
        assertThat(templates.render("milestone-overdue", model).text()).startsWith("Dear Healthier Coventry,")
                .contains("tranche of £100,000.00 cannot be released");
    }

    @Test
    void everyOtherTemplateRenders() {
        Map<String, Object> decision = Notification.model("reference", "R-1", "partnership", "P", "reasons", "Because.");
        assertThat(templates.render("changes-requested", decision).text()).contains("asks for changes", "Because.");
        assertThat(templates.render("proposal-rejected", decision).text()).contains("not to fund", "Because.");
        assertThat(templates.render("learning-review-overdue", Notification.model("dueDate", LocalDate.of(2027, 1, 31),
                "reviewId", 5L)).text()).contains("due on 31 January 2027");
        var reply = templates.render("case-study-reply", Notification.model("name", "Sam", "caseStudy", "Greenwich",
                "slug", "greenwich", "accepted", true, "reply", null, "message", "Moved.",
                "receivedAt", Instant.parse("2027-01-02T12:00:00Z")));
        assertThat(reply.text()).contains("has accepted it", "sent on 2 January 2027", "Moved.").doesNotContain("Their reply");
        assertThat(reply.html()).contains("has accepted it").doesNotContain("Their reply");
    }
}
