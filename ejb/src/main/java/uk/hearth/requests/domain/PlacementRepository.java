package uk.hearth.requests.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.domain.VersionedRepository;

/** Placements made through requests, with their fee history and agreements. */
public interface PlacementRepository extends VersionedRepository<Placement> {

    /** The request's placement with provider, home, agreement and fee history. */
    Optional<Placement> findForRequest(long requestId);

    /** Every placement with its request, lot, home and fees, in the order made. */
    List<Placement> all();

    /** The placements of these lots with their terms (provider, home, fees, lot, kind), by provider. */
    List<Placement> inLots(Set<Long> lotIds);

    /** The providers holding placements of these lots, each with how many, by name: one query, no placement loaded. */
    Map<Organisation, Long> holdersInLots(Set<Long> lotIds);

    /** The placements of these lots counted, with their fees as they stand on {@code day}: one query. */
    PlacementsInLots countInLots(Set<Long> lotIds, LocalDate day);

    List<Placement> ofOrganisationInLots(long organisationId, Set<Long> lotIds);

    /** The organisation's placements with their terms, the latest start first. */
    List<Placement> ofOrganisation(long organisationId);

    /**
     * Placements of a lot and kind of provision, with their fees: the market a fee is compared with. Without a kind
     * ({@code subCategoryId} null), the lot's placements that name none.
     */
    List<Placement> ofKind(long lotId, Long subCategoryId);

    /** The placement with its terms. */
    Optional<Placement> findWithTerms(long placementId);
}
