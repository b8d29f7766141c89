package uk.hearth.requests.domain;

import java.util.Collection;
import java.util.List;
import uk.hearth.shared.domain.VersionedRepository;

/** Providers' offers on placement requests. */
public interface OfferRepository extends VersionedRepository<Offer> {

    /** The request's live offers, with provider and home, the earliest first. */
    List<Offer> liveOffersOf(long requestId);

    boolean anyLiveOffer(long requestId);

    /** The organisation's offers on the request, withdrawn ones too, with their homes. */
    List<Offer> ofRequestAndOrganisation(long requestId, long organisationId);

    /** These offers, with their requests. */
    List<Offer> withIds(Collection<Long> ids);
}
