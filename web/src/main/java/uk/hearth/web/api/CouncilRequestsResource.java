package uk.hearth.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.RequestOverview;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;

/**
 * Placement requests sent from a council's own case-management system: drafted and published by the same
 * service, with the same validation, eligibility and audit, as from the pages.
 */
@Path("/council/requests")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilRequestsResource {

    /**
     * A request as the council's system follows it; offers are counted, not shown, while they are sealed.
     * {@code responsesClosedAt} is when the deadline closed it for offers (absent while it is open).
     */
    public record RequestState(long id, String reference, long version, String status, Instant responseDeadline,
            Instant responsesClosedAt, int sentTo, long offers) {

        static RequestState of(RequestOverview overview) {
            PlacementRequest r = overview.getRequest();
            return new RequestState(r.getId(), r.getReference(), r.getVersion(), r.getStatus().name(), r.getResponseDeadline(),
                    r.getResponsesClosedAt(), overview.getSentTo().size(), overview.getOfferCount());
        }
    }

    @Inject
    private PlacementRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(RequestDetails details, @Context UriInfo uri) {
        PlacementRequest draft = requests.draft(details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(draft.getId())).build())
                .entity(RequestState.of(requests.overview(draft.getId()))).build();
    }

    @GET
    @Path("/{id}")
    public RequestState state(@PathParam("id") long requestId) {
        return RequestState.of(requests.overview(requestId));
    }

    /** Publishing twice sends nothing twice; {@code version} is the version the caller last saw. */
    @POST
    @Path("/{id}/publish")
    public RequestState publish(@PathParam("id") long requestId, @QueryParam("version") long version) {
        return RequestState.of(requests.publish(requestId, version));
    }
}
