package uk.hearth.requests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.requests.domain.PlacementsInLots;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaPlacementRepository extends JpaVersionedRepository<Placement> implements PlacementRepository {

    public JpaPlacementRepository() {
        super(Placement.class, "The placement");
    }

    @Override
    public Optional<Placement> findForRequest(long requestId) {
        return first(Placement.FOR_REQUEST, "requestId", requestId);
    }

    @Override
    public List<Placement> all() {
        return list(Placement.ALL);
    }

    @Override
    public List<Placement> inLots(Set<Long> lotIds) {
        return listFetching(Placement.WITH_TERMS, Placement.IN_LOTS, "lotIds", lotIds);
    }

    @Override
    public Map<Organisation, Long> holdersInLots(Set<Long> lotIds) {
        Map<Organisation, Long> holders = new LinkedHashMap<>();
        query(Placement.HOLDERS_IN_LOTS, Object[].class, "lotIds", lotIds).getResultList()
                .forEach(row -> holders.put((Organisation) row[0], (Long) row[1]));
        return holders;
    }

    @Override
    public PlacementsInLots countInLots(Set<Long> lotIds, LocalDate day) {
        return query(Placement.COUNT_IN_LOTS, PlacementsInLots.class, "lotIds", lotIds, "day", day,
                "yearBefore", day.minusMonths(12)).getSingleResult();
    }

    @Override
    public List<Placement> ofOrganisationInLots(long organisationId, Set<Long> lotIds) {
        return listFetching(Placement.WITH_TERMS, Placement.OF_ORGANISATION_IN_LOTS, "organisationId", organisationId,
                "lotIds", lotIds);
    }

    @Override
    public List<Placement> ofOrganisation(long organisationId) {
        return listFetching(Placement.WITH_TERMS, Placement.OF_ORGANISATION, "organisationId", organisationId);
    }

    @Override
    public List<Placement> ofKind(long lotId, Long subCategoryId) {
        if (subCategoryId == null) {
            return listFetching(Placement.WITH_TERMS, Placement.OF_LOT, "lotId", lotId);
        }
        return listFetching(Placement.WITH_TERMS, Placement.OF_KIND, "lotId", lotId, "subCategoryId", subCategoryId);
    }

    @Override
    public Optional<Placement> findWithTerms(long placementId) {
        return firstFetching(Placement.WITH_TERMS, Placement.BY_ID, "id", placementId);
    }
}
