package org.partnerflow.security.internal.camunda;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.query.QueryProperty;

/** Evaluates the parts of a Camunda query that its SQL would: LIKE patterns, ORDER BY and paging, over a list. */
final class InMemoryResults {

    private InMemoryResults() {
    }

    /**
     * SQL LIKE semantics ({@code %} any run, {@code _} one character), ignoring case, as the webapps' search
     * boxes send {@code %text%} and people do not type names in the stored case.
     */
    static boolean like(String pattern, String value) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    /**
     * Sorts by the query's ordering properties (then by id, so pages are stable) and cuts out the page. The
     * engine passes no {@link Page} for {@code listPage}: it sets the query's own first and max results instead.
     */
    static <T> List<T> sortAndPage(Stream<T> results, AbstractQuery<?, ?> query,
            Function<QueryProperty, Function<T, String>> keyOf, Function<T, String> id, Page page) {
        Comparator<T> order = (a, b) -> 0;
        for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
            Function<T, String> key = keyOf.apply(ordering.getQueryProperty());
            if (key != null) {
                Comparator<T> byKey = Comparator.comparing(key, Comparator.nullsFirst(InMemoryResults::compareText));
                order = order.thenComparing(isDescending(ordering) ? byKey.reversed() : byKey);
            }
        }
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        return results.sorted(order.thenComparing(id)).skip(Math.max(0, first)).limit(Math.max(0, max)).toList();
    }

    private static boolean isDescending(QueryOrderingProperty ordering) {
        return ordering.getDirection() != null && Direction.DESCENDING.getName().equals(ordering.getDirection().getName());
    }

    private static int compareText(String a, String b) {
        int ignoringCase = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
        return ignoringCase != 0 ? ignoringCase : a.compareTo(b);
    }
}
