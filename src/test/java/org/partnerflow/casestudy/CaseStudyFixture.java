package org.partnerflow.casestudy;

/** Case-study texts for tests: a first version and small revisions of it. */
public final class CaseStudyFixture {

    private CaseStudyFixture() {
    }

    public static Draft first() {
        return new Draft("Partners in Fixtureton work together on health and care.",
                "Community hubs bring everyone to one table.", "Different ways of working; funding tied up in contracts.",
                "A shared purpose agreed by all partners.", "Leaders who act and trust each other.",
                "We talk about what we can change.", "Chair of the partnership board",
                "The partnership office, hello@fixtureton.example");
    }

    /** The first text with the results section revised. */
    public static Draft revised(String results) {
        Draft d = first();
        return new Draft(d.about(), d.wentWell(), d.challengesOvercome(), results, d.whatMadeTheDifference(),
                d.quote(), d.quoteAttribution(), d.contact());
    }
}
