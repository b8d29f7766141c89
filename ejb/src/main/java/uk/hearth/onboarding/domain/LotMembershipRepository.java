package uk.hearth.onboarding.domain;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Providers' places on the lots of the dynamic purchasing system. */
public interface LotMembershipRepository extends VersionedRepository<LotMembership> {

    /** The organisation's place on the lot, in whatever standing. */
    Optional<LotMembership> findForLot(long organisationId, long lotId);

    /** The organisation's places, with their lots, in the lots' order. */
    List<LotMembership> ofOrganisation(long organisationId);

    /** Every place on the lot, with its organisation: what a request's eligibility is decided over. */
    List<LotMembership> ofLot(long lotId);

    /** Every place on every lot, with organisation and lot: the provider directory. */
    List<LotMembership> all();

    /** The places of providers admitted to the lot and not suspended, with their organisations: who is invited. */
    List<LotMembership> admittedToLot(long lotId);

    /** Places still in force (not removed), with organisation, lot and application: the compliance review's round. */
    List<LotMembership> inForce();

    /** The reference of the next admission letter, such as ADM-2026-00012. */
    String nextReference(Year year);

    /** Whether an organisation of that legal name (any case) holds a place on the lot that was not removed. */
    boolean hasPlaceNotRemoved(long lotId, String legalName);
}
