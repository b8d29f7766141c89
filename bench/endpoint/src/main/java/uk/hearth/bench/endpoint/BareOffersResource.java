package uk.hearth.bench.endpoint;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Map;

/** POST /hearth-bench/offers: JSON in, {@link BareOffers#insert}, 201 out. */
@Path("/offers")
public class BareOffersResource {

    /** The JAX-RS application of the baseline WAR. */
    @ApplicationPath("/")
    public static class BenchApplication extends Application {
    }

    public record BareOffer(long requestId, long homeId, BigDecimal weeklyFee) {
    }

    @Inject
    private BareOffers offers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(BareOffer offer) {
        long id = offers.insert(offer.requestId(), offer.homeId(), offer.weeklyFee());
        return Response.status(Response.Status.CREATED).entity(Map.of("offerId", id)).build();
    }
}
