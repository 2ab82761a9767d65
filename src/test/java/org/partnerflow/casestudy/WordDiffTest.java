package org.partnerflow.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnerflow.casestudy.WordDiff.Op;
import org.partnerflow.casestudy.WordDiff.Segment;

class WordDiffTest {

    @Test
    void sameTextHasNoChange() {
        List<Segment> diff = WordDiff.diff("Partners work together.", "Partners work together.");
        assertThat(WordDiff.changed(diff)).isFalse();
        assertThat(diff).containsExactly(new Segment(Op.SAME, "Partners work together."));
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        List<Segment> diff = WordDiff.diff("Three hubs opened in 2025.", "Four hubs opened in 2025.");
        assertThat(diff).containsExactly(new Segment(Op.REMOVED, "Three "), new Segment(Op.ADDED, "Four "),
                new Segment(Op.SAME, "hubs opened in 2025."));
    }

    @Test
    void addedAndRemovedWordsInTheMiddleKeepTheCommonWords() {
        List<Segment> diff = WordDiff.diff("a b c d e", "a c d x e");
        assertThat(diff).containsExactly(new Segment(Op.SAME, "a "), new Segment(Op.REMOVED, "b "),
                new Segment(Op.SAME, "c d "), new Segment(Op.ADDED, "x "), new Segment(Op.SAME, "e"));
    }

    @Test
    void joiningSameAndAddedGivesTheNewTextBack() {
        String before = "We agreed a shared purpose.\nWe work closely with VCSEs.";
        String after = "We agreed a shared purpose and values.\nWe work closely and early with VCSEs.\nNew line.";
        List<Segment> diff = WordDiff.diff(before, after);
        assertThat(text(diff, Op.SAME, Op.ADDED)).isEqualTo(after);
        assertThat(text(diff, Op.SAME, Op.REMOVED).replaceAll("\\s+", " ").strip())
                .isEqualTo(before.replaceAll("\\s+", " "));
    }

    @Test
    void rewrappingIsNoChange() {
        assertThat(WordDiff.changed(WordDiff.diff("one two\nthree", "one two three"))).isFalse();
    }

    @Test
    void emptyOrMissingTextIsAllAddedOrAllRemoved() {
        assertThat(WordDiff.diff(null, "new words")).containsExactly(new Segment(Op.ADDED, "new words"));
        assertThat(WordDiff.diff("old words", "")).containsExactly(new Segment(Op.REMOVED, "old words"));
        assertThat(WordDiff.diff(null, null)).isEmpty();
    }

    @Test
    void versionDiffComparesEverySectionInPageOrder() {
        VersionDiff diff = VersionDiff.of("fixtureton", 1, 2, CaseStudyFixture.first(),
                CaseStudyFixture.revised("A shared purpose and agreed values."));
        assertThat(diff.sections()).extracting(VersionDiff.SectionDiff::key).containsExactly("about", "wentWell",
                "challengesOvercome", "results", "whatMadeTheDifference", "quote", "quoteAttribution", "contact");
        assertThat(diff.sections()).filteredOn(VersionDiff.SectionDiff::changed)
                .extracting(VersionDiff.SectionDiff::key).containsExactly("results");
    }

    private static String text(List<Segment> diff, Op... ops) {
        List<Op> keep = List.of(ops);
        return diff.stream().filter(s -> keep.contains(s.op())).map(Segment::text).collect(Collectors.joining());
    }
}
