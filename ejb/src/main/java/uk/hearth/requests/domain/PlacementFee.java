package uk.hearth.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.money.Money;

/** One entry of a placement's fee history: the weekly fee from a date, and why it changed. */
@Entity
@Table(name = "placement_fee")
public class PlacementFee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Column(name = "weekly_fee", nullable = false)
    private Money weeklyFee;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = Lengths.NAME)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlacementFee() {
    }

    PlacementFee(Placement placement, Money weeklyFee, LocalDate effectiveFrom, String reason, Instant recordedAt) {
        this.placement = placement;
        this.weeklyFee = weeklyFee;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    public Money getWeeklyFee() {
        return weeklyFee;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
