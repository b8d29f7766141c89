package uk.hearth.lots.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.security.Roles;

@Stateless
public class LotCatalogue {

    private static final String TOO_LARGE = "Enter a weekly fee of at most £99,999,999.99, in pounds and pence.";

    @Inject
    private LotRepository lots;

    @Inject
    private AuditTrail audit;

    /** Public: anyone may see what the dynamic purchasing system buys, since anyone may apply to join it. */
    @PermitAll
    public List<Lot> allLots() {
        return lots.allWithSubCategories();
    }

    @PermitAll
    public Optional<Lot> findLot(long lotId) {
        return lots.find(lotId);
    }

    /**
     * Changes a lot's public description. {@code versionSeen} is the version the administrator was editing: if
     * someone saved in between, the change is refused rather than silently overwriting theirs.
     */
    @RolesAllowed(Roles.ADMIN)
    public Lot describeLot(long lotId, long versionSeen,
            @NotBlank(message = "Enter a description of the lot.")
            @Size(max = Lot.SUMMARY_LENGTH, message = "The description must be " + Lot.SUMMARY_LENGTH + " characters or fewer.")
            String summary) {
        Lot lot = lots.getForChange(lotId, versionSeen);
        String before = lot.getSummary();
        lot.describe(summary);
        lots.checkCurrent(lot);
        audit.record("lot.described", "Lot", lot.getId(),
                "Description of " + lot.getName() + " changed from \u201c" + before + "\u201d to \u201c" + lot.getSummary() + "\u201d");
        return lot;
    }

    /**
     * Sets the weekly fees an offer under the lot may ask (either end may be left open). Offers already made keep
     * their fee; new ones are held to the band.
     */
    @RolesAllowed(Roles.ADMIN)
    public Lot setRateBand(long lotId, long versionSeen,
            @DecimalMax(value = Money.MAX, message = TOO_LARGE)
            @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = TOO_LARGE) BigDecimal minWeeklyFee,
            @DecimalMax(value = Money.MAX, message = TOO_LARGE)
            @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = TOO_LARGE) BigDecimal maxWeeklyFee) {
        Lot lot = lots.getForChange(lotId, versionSeen);
        String before = lot.rateBandWords();
        lot.setRateBand(Money.ofNullable(minWeeklyFee), Money.ofNullable(maxWeeklyFee));
        lots.checkCurrent(lot);
        audit.record("lot.rate-band-set", "Lot", lot.getId(),
                "Rate band of " + lot.getName() + " changed from " + before + " to " + lot.rateBandWords());
        return lot;
    }
}
