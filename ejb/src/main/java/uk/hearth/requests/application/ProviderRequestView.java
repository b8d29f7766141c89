package uk.hearth.requests.application;

import java.util.List;
import java.util.Optional;
import uk.hearth.organisations.domain.Home;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;

/**
 * A request as one provider sees it: the child's anonymised needs, its own fitting homes, and only its own
 * offers and decline; never who else was sent it or what they answered.
 */
public record ProviderRequestView(PlacementRequest request, List<Home> fittingHomes, List<Offer> myOffers,
        Optional<Decline> myDecline, boolean open, boolean awaitingMyConfirmation, Placement myPlacement) {

    public boolean isAwaitingMyConfirmation() {
        return awaitingMyConfirmation;
    }

    /** The placement, when this provider's offer was chosen and confirmed; null otherwise. */
    public Placement getMyPlacement() {
        return myPlacement;
    }

    public PlacementRequest getRequest() {
        return request;
    }

    public List<Home> getFittingHomes() {
        return fittingHomes;
    }

    public List<Offer> getMyOffers() {
        return myOffers;
    }

    public Decline getMyDecline() {
        return myDecline.orElse(null);
    }

    public boolean isOpen() {
        return open;
    }
}
