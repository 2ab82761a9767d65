package org.partnerflow.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.shared.DateLimits;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A programme's application rounds: adds them, lists them, and says which is open today and which opens next. */
@Service
public class ApplicationRounds {

    private final ApplicationRoundRepository rounds;
    private final ProgrammeRepository programmes;
    private final Clock clock;
    private final AuditTrail audit;

    ApplicationRounds(ApplicationRoundRepository rounds, ProgrammeRepository programmes, Clock clock, AuditTrail audit) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.clock = clock;
        this.audit = audit;
    }

    /** Adds a round; it must close after it opens, both within the dates the application takes. */
    @Transactional
    public RoundView add(long programmeId, RoundRequest request, String actor) {
        Programme programme = programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
        DomainRuleViolation.Collector rules = new DomainRuleViolation.Collector();
        rules.check(DateLimits.allows(request.opensOn()), "opensOn", DateLimits.RULE);
        rules.check(DateLimits.allows(request.closesOn()), "closesOn", DateLimits.RULE);
        rules.check(request.title().indexOf(0) < 0, "title", org.partnerflow.shared.TextSafety.NUL_RULE);
        rules.check(request.closesOn().isAfter(request.opensOn()), "closesOn", "must be after the day it opens");
        rules.throwIfAny();
        ApplicationRound round = rounds.save(new ApplicationRound(programmeId, request.title().trim(),
                request.opensOn(), request.closesOn(), request.assessorsPerProposal(), actor, clock.instant()));
        audit.record(AuditEntry.of(AuditSubject.PROGRAMME, programmeId, "ROUND_ADDED",
                "Added the application round " + request.title().trim() + " to " + programme.getCode())
                .by(actor)
                .change("round", null, request.title().trim() + ", " + request.opensOn() + " to " + request.closesOn()
                        + ", " + request.assessorsPerProposal() + " assessors per proposal"));
        return ApplicationRound.view(round, today());
    }

    /** The programme's rounds, earliest first. */
    @Transactional(readOnly = true)
    public List<RoundView> of(long programmeId) {
        LocalDate today = today();
        return rounds.findByProgrammeIdOrderByOpensOnAscIdAsc(programmeId).stream()
                .map(r -> ApplicationRound.view(r, today)).toList();
    }

    /** Whether the programme takes applications today, in which round, or when the next opens. */
    @Transactional(readOnly = true)
    public RoundWindow window(long programmeId) {
        List<RoundView> all = of(programmeId);
        LocalDate today = today();
        RoundView open = all.stream().filter(RoundView::open).min(Comparator.comparing(RoundView::closesOn))
                .orElse(null);
        RoundView next = all.stream().filter(r -> r.opensOn().isAfter(today)).findFirst().orElse(null);
        return new RoundWindow(!all.isEmpty(), open, next);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
