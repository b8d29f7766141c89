package uk.hearth.onboarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaLotMembershipRepository extends JpaVersionedRepository<LotMembership> implements LotMembershipRepository {

    public JpaLotMembershipRepository() {
        super(LotMembership.class, "The membership");
    }

    @Override
    protected String nameOf(LotMembership membership) {
        return "The provider's membership of " + membership.getLot().getName();
    }

    @Override
    public Optional<LotMembership> findForLot(long organisationId, long lotId) {
        return first(LotMembership.FOR_LOT, "organisationId", organisationId, "lotId", lotId);
    }

    @Override
    public List<LotMembership> ofOrganisation(long organisationId) {
        return list(LotMembership.OF_ORGANISATION, "organisationId", organisationId);
    }

    @Override
    public List<LotMembership> ofLot(long lotId) {
        return list(LotMembership.OF_LOT, "lotId", lotId);
    }

    @Override
    public List<LotMembership> all() {
        return list(LotMembership.ALL);
    }

    @Override
    public List<LotMembership> admittedToLot(long lotId) {
        return list(LotMembership.ADMITTED_TO_LOT, "lotId", lotId);
    }

    @Override
    public List<LotMembership> inForce() {
        return list(LotMembership.IN_FORCE);
    }

    @Override
    public String nextReference(Year year) {
        return nextReference("ADM", year);
    }

    @Override
    public boolean hasPlaceNotRemoved(long lotId, String legalName) {
        return query(LotMembership.PLACES_NOT_REMOVED_BY_NAME, Long.class, "lotId", lotId, "legalName", legalName)
                .getSingleResult() > 0;
    }
}
