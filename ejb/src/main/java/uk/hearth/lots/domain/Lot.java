package uk.hearth.lots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.List;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.money.Money;

/** A category of the dynamic purchasing system that providers apply to join. */
@Entity
@Table(name = "lot")
@NamedQuery(name = Lot.ALL_WITH_SUB_CATEGORIES,
        query = "select distinct l from Lot l left join fetch l.subCategories order by l.sortOrder")
@NamedQuery(name = Lot.BY_CODE, query = "select l from Lot l where l.code = :code")
public class Lot implements Versioned {

    public static final String ALL_WITH_SUB_CATEGORIES = "Lot.allWithSubCategories";
    public static final String BY_CODE = "Lot.byCode";
    public static final int SUMMARY_LENGTH = 1000;

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The rate band: weekly fees an offer under this lot may ask; either end may be open. */
    @Column(name = "min_weekly_fee")
    private Money minWeeklyFee;

    @Column(name = "max_weekly_fee")
    private Money maxWeeklyFee;

    @OneToMany(mappedBy = "lot")
    @OrderBy("sortOrder")
    private List<LotSubCategory> subCategories;

    @Version
    private long version;

    protected Lot() {
    }

    public void describe(String newSummary) {
        this.summary = newSummary.strip();
    }

    public void setRateBand(Money min, Money max) {
        if ((min != null && !min.isPositive()) || (max != null && !max.isPositive())) {
            throw new BusinessException("The ends of the rate band must be more than £0.");
        }
        if (min != null && max != null && min.isMoreThan(max)) {
            throw new BusinessException("minWeeklyFee", "The lowest weekly fee of the rate band must not be above the highest.");
        }
        this.minWeeklyFee = min;
        this.maxWeeklyFee = max;
    }

    /** Refuses a weekly fee outside the rate band, saying what the band is. */
    public void requireWithinRateBand(Money weeklyFee) {
        boolean tooLow = minWeeklyFee != null && weeklyFee.isLessThan(minWeeklyFee);
        boolean tooHigh = maxWeeklyFee != null && weeklyFee.isMoreThan(maxWeeklyFee);
        if (tooLow || tooHigh) {
            throw new BusinessException("The weekly fee of " + weeklyFee + " is outside the rate band of " + name + ": "
                    + rateBandWords() + ".");
        }
    }

    /** The band in words, such as "£3,500.00 to £6,000.00 a week"; "no rate band" when open at both ends. */
    public String rateBandWords() {
        if (minWeeklyFee == null && maxWeeklyFee == null) {
            return "no rate band";
        }
        if (maxWeeklyFee == null) {
            return "at least " + minWeeklyFee + " a week";
        }
        if (minWeeklyFee == null) {
            return "at most " + maxWeeklyFee + " a week";
        }
        return minWeeklyFee + " to " + maxWeeklyFee + " a week";
    }

    public Money getMinWeeklyFee() {
        return minWeeklyFee;
    }

    public Money getMaxWeeklyFee() {
        return maxWeeklyFee;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public List<LotSubCategory> getSubCategories() {
        return Collections.unmodifiableList(subCategories);
    }

    @Override
    public long getVersion() {
        return version;
    }
}
