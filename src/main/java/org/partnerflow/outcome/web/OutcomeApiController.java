package org.partnerflow.outcome.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.outcome.BenefitsCase;
import org.partnerflow.outcome.CohortRequest;
import org.partnerflow.outcome.ContributionRequest;
import org.partnerflow.outcome.IndicatorHistory;
import org.partnerflow.outcome.IndicatorRequest;
import org.partnerflow.outcome.IndicatorView;
import org.partnerflow.outcome.Indicators;
import org.partnerflow.outcome.OutcomeReportView;
import org.partnerflow.outcome.OutcomeReports;
import org.partnerflow.outcome.OutcomeRollUp;
import org.partnerflow.outcome.OutcomeSettings;
import org.partnerflow.outcome.PooledBudget;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Indicators, outcome reports, contributions, the benefits case and the programme roll-up, as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outcomes", description = "Indicators with targets and approved actuals, pooled contributions, benefits")
class OutcomeApiController {

    private final Indicators indicators;
    private final OutcomeReports reports;
    private final PooledBudget budget;
    private final BenefitsCase benefits;
    private final OutcomeRollUp rollUp;
    private final OutcomeSettings settings;

    OutcomeApiController(Indicators indicators, OutcomeReports reports, PooledBudget budget, BenefitsCase benefits,
            OutcomeRollUp rollUp, OutcomeSettings settings) {
        this.indicators = indicators;
        this.reports = reports;
        this.budget = budget;
        this.benefits = benefits;
        this.rollUp = rollUp;
        this.settings = settings;
    }

    @GetMapping("/partnerships/{id}/indicators")
    @Operation(summary = "A partnership's indicators with targets and the approved actual to date (staff; partners their own)")
    List<IndicatorView> indicators(@PathVariable long id) {
        return indicators.forPartnership(id, CurrentUser.get());
    }

    @PostMapping("/partnerships/{id}/indicators")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER')")
    @Operation(summary = "Define an indicator (programme managers; partners of the partnership); a reason once the award is active")
    ResponseEntity<IndicatorView> define(@PathVariable long id, @Valid @RequestBody IndicatorRequest request) {
        IndicatorView created = indicators.define(id, request, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/indicators/" + created.id())).body(created);
    }

    @GetMapping("/partnerships/{id}/indicators/{indicatorId}")
    @Operation(summary = "One indicator: target and approved actual by period, and its variations")
    IndicatorHistory indicator(@PathVariable long id, @PathVariable long indicatorId) {
        return indicators.history(id, indicatorId, CurrentUser.get());
    }

    @PutMapping("/partnerships/{id}/indicators/{indicatorId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER')")
    @Operation(summary = "Change an indicator; once the award is active the change needs a reason and is kept as a variation")
    IndicatorView change(@PathVariable long id, @PathVariable long indicatorId, @Valid @RequestBody IndicatorRequest request) {
        return indicators.change(id, indicatorId, request, CurrentUser.get());
    }

    @GetMapping("/partnerships/{id}/outcome-reports")
    @Operation(summary = "A partnership's outcome reports by period, newest first, with each value's status")
    List<OutcomeReportView> outcomeReports(@PathVariable long id) {
        return reports.forPartnership(id, CurrentUser.get());
    }

    @GetMapping("/partnerships/{id}/contributions")
    @Operation(summary = "Each member organisation's committed and actual contribution (staff; partners their own)")
    List<PooledBudget.ContributionView> contributions(@PathVariable long id) {
        return budget.forPartnership(id, CurrentUser.get());
    }

    @PostMapping("/partnerships/{id}/contributions")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER')")
    @Operation(summary = "Record a member organisation's commitment, cash or in kind")
    ResponseEntity<PooledBudget.ContributionView> contribute(@PathVariable long id,
            @Valid @RequestBody ContributionRequest request) {
        PooledBudget.ContributionView created = budget.record(id, request, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/contributions")).body(created);
    }

    @GetMapping("/partnerships/{id}/pooled-budget")
    @Operation(summary = "The whole pot: the grant beside the contributions, with totals")
    PooledBudget.Pot pot(@PathVariable long id) {
        return budget.pot(id, CurrentUser.get());
    }

    @GetMapping("/partnerships/{id}/benefits")
    @Operation(summary = "The benefits case: cohorts, annual and projected saving, scaling, saving realised from approved actuals")
    BenefitsCase.BenefitsView benefits(@PathVariable long id) {
        return benefits.view(id, CurrentUser.get());
    }

    @PostMapping("/partnerships/{id}/benefits/cohorts")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER')")
    @Operation(summary = "Add a cohort to the benefits case (programme managers; partners of the partnership)")
    ResponseEntity<BenefitsCase.CohortView> addCohort(@PathVariable long id, @Valid @RequestBody CohortRequest request) {
        BenefitsCase.CohortView created = benefits.addCohort(id, request, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/benefits")).body(created);
    }

    @GetMapping("/programmes/{id}/outcomes")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'ASSESSOR', 'LEARNING_PARTNER')")
    @Operation(summary = "The programme's indicators across its partnerships, with progress to target (staff)")
    OutcomeRollUp.ProgrammeOutcomes programme(@PathVariable long id) {
        return rollUp.programme(id, CurrentUser.get());
    }

    /** How often the programme's partnerships report outcomes. */
    record CadenceRequest(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(12) Integer outcomeReportingCadenceMonths) {
    }

    @PutMapping("/programmes/{id}/outcome-reporting")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER')")
    @Operation(summary = "Set how often (months) the programme's partnerships report outcomes; awards activated later follow it")
    ResponseEntity<Void> cadence(@PathVariable long id, @Valid @RequestBody CadenceRequest request) {
        settings.changeCadence(id, request.outcomeReportingCadenceMonths(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
