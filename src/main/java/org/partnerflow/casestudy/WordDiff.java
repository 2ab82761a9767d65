package org.partnerflow.casestudy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts by longest common subsequence. Words are compared without the whitespace after
 * them, so re-wrapping a line is no change; the segments keep the whitespace, so joined they give the text back.
 */
public final class WordDiff {

    /** Beyond this many word pairs (after the common start and end are set aside) the texts are shown replaced. */
    static final long MAX_CELLS = 4_000_000;
    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+\\s*|\\s+");

    /** What happened to a run of words. */
    public enum Op { SAME, REMOVED, ADDED }

    /** A run of words with one fate. */
    public record Segment(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int start = 0;
        while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Segment> out = new ArrayList<>();
        b.subList(0, start).forEach(t -> add(out, Op.SAME, t));
        middle(a.subList(start, endA), b.subList(start, endB), out);
        b.subList(endB, b.size()).forEach(t -> add(out, Op.SAME, t));
        return out;
    }

    /** True when the diff holds any change. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.op() != Op.SAME);
    }

    private static void middle(List<String> a, List<String> b, List<Segment> out) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(t -> add(out, Op.REMOVED, t));
            b.forEach(t -> add(out, Op.ADDED, t));
            return;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (same(a.get(i), b.get(j))) {
                add(out, Op.SAME, b.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Op.REMOVED, a.get(i++));
            } else {
                add(out, Op.ADDED, b.get(j++));
            }
        }
        a.subList(i, a.size()).forEach(t -> add(out, Op.REMOVED, t));
        b.subList(j, b.size()).forEach(t -> add(out, Op.ADDED, t));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    /** Appends a token, joining it to the last segment when that had the same fate. */
    private static void add(List<Segment> out, Op op, String token) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + token));
        } else {
            out.add(new Segment(op, token));
        }
    }
}
