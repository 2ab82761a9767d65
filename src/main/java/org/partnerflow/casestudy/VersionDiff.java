package org.partnerflow.casestudy;

import java.util.List;

/** What changed, section by section and word by word, between two versions (or a version and a draft). */
public record VersionDiff(String slug, int from, Integer to, List<SectionDiff> sections) {

    /** One section's word diff; {@code changed} is false when the two texts have the same words. */
    public record SectionDiff(String key, String heading, boolean changed, List<WordDiff.Segment> segments) {
    }

    /** Compares every section of two texts; {@code to} is null when the newer text is a draft. */
    static VersionDiff of(String slug, int from, Integer to, Draft before, Draft after) {
        List<SectionDiff> sections = Draft.SECTIONS.stream().map(s -> {
            List<WordDiff.Segment> segments = WordDiff.diff(before == null ? null : before.section(s[0]),
                    after == null ? null : after.section(s[0]));
            return new SectionDiff(s[0], s[1], WordDiff.changed(segments), segments);
        }).toList();
        return new VersionDiff(slug, from, to, sections);
    }
}
