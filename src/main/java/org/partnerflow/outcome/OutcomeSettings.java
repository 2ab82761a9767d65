package org.partnerflow.outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's outcome reporting cadence and the periods of an award that follow from it. */
@Service
public class OutcomeSettings {

    private final Programmes programmes;
    private final AwardQueries awards;
    private final Duration reportWithin;

    OutcomeSettings(Programmes programmes, AwardQueries awards,
            @Value("${partnerflow.outcome.report-within:P30D}") Duration reportWithin) {
        this.programmes = programmes;
        this.awards = awards;
        this.reportWithin = reportWithin;
    }

    /** A reporting period: its end and the day its report is due. */
    public record Period(LocalDate periodEnd, LocalDate dueOn) {
    }

    /** Programme managers and admins set how often a programme's partnerships report; awards activated later follow. */
    @Transactional
    public void changeCadence(long programmeId, int months, PartnerflowUser user) {
        if (!user.has(Role.PROGRAMME_MANAGER) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("only a programme manager sets the reporting cadence");
        }
        programmes.get(programmeId, user);
        programmes.require(programmeId).changeOutcomeReportingCadence(months);
    }

    /** The award's next period after {@code previous} (the first when null); null when the award has no more. */
    @Transactional(readOnly = true)
    public Period next(long awardId, LocalDate previous) {
        AwardView award = awards.detail(awardId).award();
        int cadence = programmes.require(award.programmeId()).getOutcomeReportingCadenceMonths();
        LocalDate end = OutcomeCadence.next(award.startDate(), award.endDate(), cadence, previous);
        return end == null ? null : new Period(end, end.plusDays(reportWithin.toDays()));
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
