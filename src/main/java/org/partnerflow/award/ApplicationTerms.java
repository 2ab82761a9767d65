package org.partnerflow.award;

import java.time.Duration;
import java.util.List;
import org.partnerflow.programme.ApplicationRounds;
import org.partnerflow.programme.Criterion;
import org.partnerflow.programme.ProgrammeCriteria;
import org.partnerflow.programme.RoundWindow;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.stereotype.Component;

/**
 * What an application is started and assessed with: the programme's open round (which sets how many assessors score
 * the proposal), its criteria, and the award workflow's settings.
 */
@Component
class ApplicationTerms {


    private final AwardProperties properties;
    private final ApplicationRounds rounds;
    private final ProgrammeCriteria criteria;

    ApplicationTerms(AwardProperties properties, ApplicationRounds rounds, ProgrammeCriteria criteria) {
        this.properties = properties;
        this.rounds = rounds;
        this.criteria = criteria;
    }

    /**
     * How many assessments a proposal started now needs: its round's number, or the configured one for a programme
     * without rounds. Outside an open round of a programme that has rounds, a 400 naming {@code round}.
     */
    int assessmentsRequired(long programmeId) {
        RoundWindow window = rounds.window(programmeId);
        if (!window.takesApplications()) {
            throw new DomainRuleViolation("round", window.next() == null
                    ? "must be open to start an application: this programme has no application round open or to come"
                    : "must be open to start an application: the next round, " + window.next().title() + ", opens on "
                            + org.partnerflow.shared.PlainDates.format(window.next().opensOn()));
        }
        return window.open() == null ? properties.assessmentsRequired() : window.open().assessorsPerProposal();
    }

    /** The criteria the programme's proposals are scored against now. */
    List<Criterion> criteria(long programmeId) {
        return criteria.of(programmeId);
    }

    String referencePrefix() {
        return properties.referencePrefix();
    }

    Duration offerAcceptancePeriod() {
        return properties.offerAcceptancePeriod();
    }
}
