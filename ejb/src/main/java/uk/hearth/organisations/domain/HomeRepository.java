package uk.hearth.organisations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Providers' homes and settings. */
public interface HomeRepository extends VersionedRepository<Home> {

    /** One of the organisation's homes; another organisation's is "not found", whatever its id. */
    Home getOfOrganisation(long homeId, long organisationId);

    /** The organisation's homes with their lots, open ones first, by name. */
    List<Home> ofOrganisation(long organisationId);

    /** The open homes of these organisations, with their lots. */
    List<Home> openOf(Collection<Long> organisationIds);

    /** Every open home of every provider, with its lot and organisation: the provider directory. */
    List<Home> openOfProviders();

    /** The home registered with this Ofsted unique reference number, if any. */
    Optional<Home> findByUrn(String urn);
}
