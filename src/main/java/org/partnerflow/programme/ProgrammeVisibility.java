package org.partnerflow.programme;

import java.util.Collection;
import java.util.Set;

/**
 * Which programmes a partner takes part in. Owned here, implemented by the partnership module
 * (which knows the programme of each partnership), so the dependency keeps pointing down.
 */
public interface ProgrammeVisibility {

    Set<Long> programmeIdsOf(Collection<Long> partnershipIds);
}
