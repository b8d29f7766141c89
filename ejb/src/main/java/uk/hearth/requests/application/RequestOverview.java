package uk.hearth.requests.application;

import java.util.List;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestExclusion;
import uk.hearth.requests.domain.RequestRecipient;

/**
 * A request as the council sees it. {@code offers} is empty while offers are sealed (before the deadline of a
 * standard request); {@code offerCount} is always known.
 */
public record RequestOverview(PlacementRequest request, List<RequestRecipient> recipients, List<RequestExclusion> exclusions,
        List<Offer> offers, long offerCount, boolean offersVisible, List<Decline> declines, List<OfferComparison> comparison,
        Placement placement, OffFrameworkPlacement offFrameworkPlacement) {

    public OffFrameworkPlacement getOffFrameworkPlacement() {
        return offFrameworkPlacement;
    }

    /** Recipients sent the request so far, and those kept back for the second tier of a tiered release. */
    public List<RequestRecipient> getSentTo() {
        return recipients.stream().filter(RequestRecipient::isReleased).toList();
    }

    public List<RequestRecipient> getHeldBack() {
        return recipients.stream().filter(r -> !r.isReleased()).toList();
    }

    public List<OfferComparison> getComparison() {
        return comparison;
    }

    public Placement getPlacement() {
        return placement;
    }

    public PlacementRequest getRequest() {
        return request;
    }

    public List<RequestRecipient> getRecipients() {
        return recipients;
    }

    public List<RequestExclusion> getExclusions() {
        return exclusions;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public long getOfferCount() {
        return offerCount;
    }

    public boolean isOffersVisible() {
        return offersVisible;
    }

    public List<Decline> getDeclines() {
        return declines;
    }
}
