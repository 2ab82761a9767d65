package org.partnerflow.shared;

/**
 * The one rule for paged lists: pages count from 0 and hold 1 to 200 items, and a page starts within the int range
 * a database offset takes; anything else is a 400 naming it.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    /** The response header that carries the number of items in all pages of a list answered as a JSON array. */
    public static final String TOTAL_HEADER = "X-Total-Count";

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new DomainRuleViolation("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainRuleViolation("size", "must be between 1 and " + MAX_SIZE);
        }
        if (page > lastPage(size)) {
            throw new DomainRuleViolation("page", "must be at most " + lastPage(size) + " for a size of " + size);
        }
    }

    /** The last page a database can be asked for: its first item and the one after its last are int offsets. */
    public static int lastPage(int size) {
        return (Integer.MAX_VALUE - size) / size;
    }
}
