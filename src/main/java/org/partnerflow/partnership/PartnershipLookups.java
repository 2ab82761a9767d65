package org.partnerflow.partnership;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.partnerflow.programme.ProgrammeVisibility;
import org.partnerflow.security.PartnershipDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the lower modules' questions about partnerships: which exist, which programmes they belong to. */
@Component
class PartnershipLookups implements PartnershipDirectory, ProgrammeVisibility {

    private final PartnershipRepository repository;

    PartnershipLookups(PartnershipRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> unknown(Collection<Long> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> unknown = new HashSet<>(partnershipIds);
        unknown.removeAll(repository.findExistingIds(partnershipIds));
        return unknown;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        repository.findAllNames().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> programmeIdsOf(Collection<Long> partnershipIds) {
        return partnershipIds.isEmpty() ? Set.of() : Set.copyOf(repository.findProgrammeIds(partnershipIds));
    }
}
