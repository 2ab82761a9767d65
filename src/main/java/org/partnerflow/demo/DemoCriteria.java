package org.partnerflow.demo;

import java.util.List;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.programme.Criterion;
import org.partnerflow.programme.ProgrammeCriteria;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo programmes' assessment criteria: Healthy Communities Together sets its own guidance and weights on the
 * configured criteria's names (set before any award is assessed, so the demo assessments score them; the names stay,
 * so a client that scores the configured list by name still fits); In One Place keeps the configured list.
 */
@Component
@Profile("demo")
class DemoCriteria {

    static final String HCT_PLACE = "Coventry";
    static final List<Criterion> HEALTHY_COMMUNITIES = List.of(
            new Criterion("Community voice and power",
                    "Residents shape the plan and share decisions about the money, not only consulted on it.", 3),
            new Criterion("Strength of the partnership",
                    "NHS, council and voluntary partners have each committed people and time, with a named lead.", 2),
            new Criterion("Deliverability of the plan",
                    "Milestones are realistic, evidence is named, and the risks have owners.", 2),
            new Criterion("Value for money",
                    "The plan reaches the people with the worst health outcomes in the area for what it costs.", 3),
            new Criterion("Learning and sharing",
                    "The partnership will reflect honestly and share what works and what did not.", 1));

    private final ProgrammeCriteria criteria;

    DemoCriteria(ProgrammeCriteria criteria) {
        this.criteria = criteria;
    }

    /** Gives Healthy Communities Together its own criteria; unchanged criteria are not recorded again. */
    void setUp(List<PartnershipView> partnerships) {
        partnerships.stream().filter(p -> p.place().equals(HCT_PLACE)).findFirst()
                .ifPresent(p -> criteria.replace(p.programmeId(), HEALTHY_COMMUNITIES, "demo-loader"));
    }

    /** The names of the criteria a programme's proposals are scored against. */
    List<String> namesFor(long programmeId) {
        return criteria.of(programmeId).stream().map(Criterion::name).toList();
    }
}
