package uk.hearth.lots.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;

@Stateless
public class LotCatalogue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** Public: anyone may see what the dynamic purchasing system buys, since anyone may apply to join it. */
    @PermitAll
    public List<Lot> allLots() {
        return em.createNamedQuery(Lot.ALL_WITH_SUB_CATEGORIES, Lot.class).getResultList();
    }

    @PermitAll
    public Optional<Lot> findLot(long lotId) {
        return Optional.ofNullable(em.find(Lot.class, lotId));
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
        Lot lot = findLot(lotId).orElseThrow(() -> new RecordNotFoundException("The lot"));
        if (lot.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The lot \u2018" + lot.getName() + "\u2019");
        }
        String before = lot.getSummary();
        lot.describe(summary);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("The lot \u2018" + lot.getName() + "\u2019");
        }
        audit.record("lot.described", "Lot", lot.getId(),
                "Description of " + lot.getName() + " changed from \u201c" + before + "\u201d to \u201c" + lot.getSummary() + "\u201d");
        return lot;
    }

    /**
     * Sets the weekly fees an offer under the lot may ask (either end may be left open). Offers already made keep
     * their fee; new ones are held to the band.
     */
    @RolesAllowed(Roles.ADMIN)
    public Lot setRateBand(long lotId, long versionSeen, BigDecimal minWeeklyFee, BigDecimal maxWeeklyFee) {
        Lot lot = findLot(lotId).orElseThrow(() -> new RecordNotFoundException("The lot"));
        if (lot.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The lot \u2018" + lot.getName() + "\u2019");
        }
        String before = lot.rateBandWords();
        lot.setRateBand(minWeeklyFee, maxWeeklyFee);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("The lot \u2018" + lot.getName() + "\u2019");
        }
        audit.record("lot.rate-band-set", "Lot", lot.getId(),
                "Rate band of " + lot.getName() + " changed from " + before + " to " + lot.rateBandWords());
        return lot;
    }
}
