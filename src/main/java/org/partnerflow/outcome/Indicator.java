package org.partnerflow.outcome;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An outcome indicator of a partnership: what is measured, from which baseline, towards which targets. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    private String title;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private BigDecimal baseline;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    private String aims;

    @Column(name = "counts_towards_savings")
    private boolean countsTowardsSavings;

    @Column(name = "actual_to_date")
    private BigDecimal actualToDate;

    @Column(name = "actual_period_end")
    private LocalDate actualPeriodEnd;

    @Column(name = "last_approved_on")
    private LocalDate lastApprovedOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("periodEnd")
    private List<Target> targets = new ArrayList<>();

    @Version
    private long version;

    /** A target value for the end of a period. */
    @Embeddable
    static class Target {
        @Column(name = "period_end")
        private LocalDate periodEnd;
        @Column(name = "target_value")
        private BigDecimal value;

        protected Target() {
        }

        Target(LocalDate periodEnd, BigDecimal value) {
            this.periodEnd = periodEnd;
            this.value = value;
        }

        LocalDate periodEnd() {
            return periodEnd;
        }

        BigDecimal value() {
            return value;
        }
    }

    protected Indicator() {
    }

    Indicator(long partnershipId, String createdBy, Instant createdAt) {
        this.partnershipId = partnershipId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void define(IndicatorRequest request) {
        this.title = request.title().trim();
        this.unit = request.unit();
        this.direction = request.direction() == null ? Direction.INCREASE : request.direction();
        this.baseline = request.unit().numeric() ? request.baseline() : null;
        this.baselineDate = request.baselineDate();
        this.aims = request.aims() == null || request.aims().isEmpty() ? null : String.join("\n", request.aims());
        this.countsTowardsSavings = Boolean.TRUE.equals(request.countsTowardsSavings());
        this.targets.clear();
        if (request.targets() != null && request.unit().numeric()) {
            request.targets().stream().sorted(java.util.Comparator.comparing(IndicatorRequest.Target::periodEnd))
                    .forEach(t -> targets.add(new Target(t.periodEnd(), t.value())));
        }
    }

    void recordActual(BigDecimal actual, LocalDate periodEnd, LocalDate approvedOn) {
        this.actualToDate = actual;
        this.actualPeriodEnd = periodEnd;
        this.lastApprovedOn = approvedOn;
    }

    /** The target for a period end: the one set for it, else the next one after it, else the last. */
    BigDecimal targetFor(LocalDate periodEnd) {
        return targets.stream().filter(t -> !t.periodEnd().isBefore(periodEnd)).findFirst()
                .or(() -> targets.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(targets.get(targets.size() - 1)))
                .map(Target::value).orElse(null);
    }

    BigDecimal finalTarget() {
        return targets.isEmpty() ? null : targets.get(targets.size() - 1).value();
    }

    Long getId() {
        return id;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    String getTitle() {
        return title;
    }

    IndicatorUnit getUnit() {
        return unit;
    }

    Direction getDirection() {
        return direction;
    }

    BigDecimal getBaseline() {
        return baseline;
    }

    LocalDate getBaselineDate() {
        return baselineDate;
    }

    List<String> getAims() {
        return aims == null ? List.of() : Arrays.asList(aims.split("\n"));
    }

    boolean isCountsTowardsSavings() {
        return countsTowardsSavings;
    }

    BigDecimal getActualToDate() {
        return actualToDate;
    }

    LocalDate getActualPeriodEnd() {
        return actualPeriodEnd;
    }

    LocalDate getLastApprovedOn() {
        return lastApprovedOn;
    }

    List<Target> getTargets() {
        return targets;
    }
}
