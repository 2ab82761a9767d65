package org.partnerflow.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The text of a case study, section by section: the body of {@code draftCaseStudyVersion}, a version's content and
 * what a learning review hands over as a draft. Plain text; pages always show it escaped.
 */
@Embeddable
public record Draft(
        @NotBlank @Size(max = 8000) @Column(name = "about") String about,
        @NotBlank @Size(max = 8000) @Column(name = "went_well") String wentWell,
        @NotBlank @Size(max = 8000) @Column(name = "challenges_overcome") String challengesOvercome,
        @NotBlank @Size(max = 8000) @Column(name = "results") String results,
        @NotBlank @Size(max = 8000) @Column(name = "what_made_the_difference") String whatMadeTheDifference,
        @Size(max = 500) @Column(name = "quote") String quote,
        @Size(max = 200) @Column(name = "quote_attribution") String quoteAttribution,
        @NotBlank @Size(max = 1000) @Column(name = "contact") String contact) {

    /** The section keys in page order, with their headings; the diff and the pages walk them in this order. */
    public static final java.util.List<String[]> SECTIONS = java.util.List.of(
            new String[] {"about", "About the partnership"},
            new String[] {"wentWell", "What has gone well"},
            new String[] {"challengesOvercome", "Challenges experienced and overcome"},
            new String[] {"results", "Results"},
            new String[] {"whatMadeTheDifference", "What made the difference"},
            new String[] {"quote", "Quote"},
            new String[] {"quoteAttribution", "Quote attributed to"},
            new String[] {"contact", "Contact"});

    /** The text of one section by its key (a JSON field name of this record). */
    public String section(String key) {
        return switch (key) {
            case "about" -> about;
            case "wentWell" -> wentWell;
            case "challengesOvercome" -> challengesOvercome;
            case "results" -> results;
            case "whatMadeTheDifference" -> whatMadeTheDifference;
            case "quote" -> quote;
            case "quoteAttribution" -> quoteAttribution;
            case "contact" -> contact;
            default -> throw new IllegalArgumentException("no section " + key);
        };
    }

    /** The same text with surrounding blanks removed and empty optional sections as null. */
    public Draft trimmed() {
        return new Draft(trim(about), trim(wentWell), trim(challengesOvercome), trim(results),
                trim(whatMadeTheDifference), trim(quote), trim(quoteAttribution), trim(contact));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
