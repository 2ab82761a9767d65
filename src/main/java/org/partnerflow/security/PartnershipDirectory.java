package org.partnerflow.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which partnerships exist. Owned here, implemented by the partnership module, so that users can be
 * given memberships without security depending on partnerships.
 */
public interface PartnershipDirectory {

    /** The ids among those given that name no partnership. */
    Set<Long> unknown(Collection<Long> partnershipIds);

    /** Every partnership's name by id, in the order people look for them (by programme, then place). */
    Map<Long, String> names();
}
