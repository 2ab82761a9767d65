package org.partnerflow.security;

import java.util.List;

/** One page of users and how many there are in all. */
public record UserPage(List<UserView> users, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
