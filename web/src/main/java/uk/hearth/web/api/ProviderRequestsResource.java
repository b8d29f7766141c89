package uk.hearth.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.hearth.requests.application.ProviderRequestView;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferDetails;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.shared.RecordNotFoundException;

/**
 * The placement requests sent to the caller's organisation, and offers made on them. The service decides, as for
 * the pages: a request not sent to the organisation is not found, a late offer is refused by the server's clock.
 */
@Path("/provider/requests")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderRequestsResource {

    /** A request as the inbox lists it. */
    public record RequestSummary(long id, String reference, String lot, int age, String homeDistrict, String status,
            Instant responseDeadline) {
    }

    /** One request with the organisation's homes that fit it and its own offers. */
    public record RequestDetail(RequestSummary request, String needs, List<HomeSummary> fittingHomes, List<OfferReceipt> myOffers) {
    }

    public record HomeSummary(long id, String name, String postcode) {
    }

    /** What a stored offer is acknowledged with. */
    public record OfferReceipt(long offerId, String request, BigDecimal weeklyFee, Instant submittedAt) {
    }

    @Inject
    private ProviderRequests requests;

    @GET
    public List<RequestSummary> inbox() {
        return requests.inbox().stream().map(recipient -> summary(recipient.getRequest())).toList();
    }

    private static RequestSummary summary(PlacementRequest r) {
        return new RequestSummary(r.getId(), r.getReference(), r.getLot().getName(), r.getAge(), r.getHomeDistrict().code(),
                r.getStatus().name(), r.getResponseDeadline());
    }

    private static OfferReceipt receipt(Offer offer) {
        return new OfferReceipt(offer.getId(), offer.getRequest().getReference(), offer.getWeeklyFee().amount(),
                offer.getSubmitted().at());
    }

    @GET
    @Path("/{id}")
    public RequestDetail request(@PathParam("id") long requestId) {
        ProviderRequestView view = requests.request(requestId);
        return new RequestDetail(summary(view.getRequest()), view.getRequest().getNeeds(),
                view.getFittingHomes().stream().map(h -> new HomeSummary(h.getId(), h.getName(), h.getPostcode())).toList(),
                view.getMyOffers().stream().filter(o -> !o.isWithdrawn()).map(ProviderRequestsResource::receipt).toList());
    }

    @POST
    @Path("/{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response offer(@PathParam("id") long requestId, OfferDetails details, @Context UriInfo uri) {
        Offer offer = requests.offer(requestId, details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(offer.getId())).build())
                .entity(receipt(offer)).build();
    }

    /** Withdraws one of the organisation's offers, until the deadline. */
    @DELETE
    @Path("/{id}/offers/{offerId}")
    public Response withdraw(@PathParam("id") long requestId, @PathParam("offerId") long offerId) {
        if (requests.request(requestId).getMyOffers().stream().noneMatch(o -> o.getId() == offerId)) {
            throw new RecordNotFoundException("The offer");
        }
        requests.withdraw(offerId);
        return Response.noContent().build();
    }
}
