package uk.hearth.uplifts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.hearth.lots.domain.Lot;

/** A lot a fee review covers, with the standard uplift the council published for it. */
@Entity
@Table(name = "fee_review_lot")
public class FeeReviewLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private FeeReviewWindow window;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @Column(name = "standard_uplift_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal standardUpliftPercent;

    protected FeeReviewLot() {
    }

    FeeReviewLot(FeeReviewWindow window, Lot lot, BigDecimal standardUpliftPercent) {
        this.window = window;
        this.lot = lot;
        this.standardUpliftPercent = standardUpliftPercent;
    }

    public Lot getLot() {
        return lot;
    }

    public BigDecimal getStandardUpliftPercent() {
        return standardUpliftPercent;
    }
}
