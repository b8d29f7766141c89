package uk.hearth.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.uplifts.application.WindowOverview;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.QueueEntry;
import uk.hearth.uplifts.domain.UpliftStatus;
import uk.hearth.uplifts.domain.WindowDetails;

/**
 * Fee reviews from a council's own systems (finance, contract management): opened and followed through the same
 * service, rules and audit as on the pages; the decision queue pages in the database.
 */
@Path("/council/fee-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilFeeReviewsResource {

    /** The most rows one page of the queue answers. */
    static final int MAX_PAGE = 100;

    public record WindowState(long id, String name, long version, LocalDate opensOn, LocalDate closesOn,
            LocalDate effectiveFrom, long placementsInScope, long providersInScope, long noChangeForAYear,
            Map<UpliftStatus, Long> requestsByStatus) {

        static WindowState of(WindowOverview overview) {
            FeeReviewWindow w = overview.window();
            return new WindowState(w.getId(), w.getName(), w.getVersion(), w.getOpensOn(), w.getClosesOn(),
                    w.getEffectiveFrom(), overview.placementsInScope(), overview.providersInScope(),
                    overview.noChangeForAYear(), overview.requestsByStatus());
        }
    }

    /** One row of the queue; amounts as plain decimals ("1234.50"). */
    public record QueueRow(long id, String reference, String provider, String placement, String home, String lot,
            String kind, String status, String currentFee, String askedFee, LocalDate decisionDue, boolean overdue) {

        static QueueRow of(QueueEntry r, LocalDate today) {
            return new QueueRow(r.id(), r.reference(), r.provider(), r.placement(), r.home(), r.lot(), r.kind().name(),
                    r.status().name(), r.currentFee().plain(), plain(r.askedFee()), r.decisionDue(), r.isOverdueOn(today));
        }

        private static String plain(Money money) {
            return money == null ? null : money.plain();
        }
    }

    public record Opened(long id, String name, long version) {
    }

    public record QueuePage(long total, int first, List<QueueRow> rows) {
    }

    @Inject
    private FeeReviews reviews;

    @Inject
    private HearthClock clock;

    /** Opens a window; every provider with a placement in its lots is told once the window is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(WindowDetails details, @Context UriInfo uri) {
        FeeReviewWindow window = reviews.open(details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(window.getId())).build())
                .entity(new Opened(window.getId(), window.getName(), window.getVersion())).build();
    }

    @GET
    @Path("/{id}")
    public WindowState window(@PathParam("id") long windowId) {
        return WindowState.of(reviews.overview(windowId));
    }

    /** A page of the decision queue, waiting requests first, the soonest due first; at most 100 rows a page. */
    @GET
    @Path("/{id}/queue")
    public QueuePage queue(@PathParam("id") long windowId, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        int from = Math.max(0, first);
        LocalDate today = clock.today();
        List<QueueRow> rows = reviews.queue(windowId, from, Math.min(Math.max(1, size), MAX_PAGE)).stream()
                .map(r -> QueueRow.of(r, today)).toList();
        return new QueuePage(reviews.countQueue(windowId), from, rows);
    }
}
