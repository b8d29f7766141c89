package uk.hearth.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.AgreementInScope;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.web.api.ProviderUpliftRequestsResource.PlacementRef;
import uk.hearth.web.api.ProviderUpliftRequestsResource.RequestSummary;

/**
 * The fee reviews covering the caller's organisation's placements, its placements in each with the answer given so
 * far, and the answers themselves: the standard uplift accepted for many placements at once, or a draft started to ask
 * for more for one (completed and submitted through {@link ProviderUpliftRequestsResource}). The same service as the
 * pages decides: another organisation's review or placement is not found, nothing is taken outside the review's dates
 * by the server's clock. Amounts are strings of pounds ("1234.50"), percentages numbers, days YYYY-MM-DD.
 */
@Path("/provider/fee-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderFeeReviewsResource {

    /** A fee review as a provider's system lists it; {@code open} is whether it takes answers today. */
    @JsonbNillable
    public record WindowSummary(long id, String name, List<LotUplift> lots, LocalDate opensOn, LocalDate closesOn,
            LocalDate effectiveFrom, int decisionWorkingDays, boolean open) {
    }

    /** A lot the review covers, with its standard uplift as a percentage of the weekly fee. */
    @JsonbNillable
    public record LotUplift(long id, String name, BigDecimal standardUpliftPercent) {
    }

    /** One of the organisation's placements in the review, its fees as the review opens, and its answer or null. */
    @JsonbNillable
    public record Agreement(PlacementRef placement, String home, String lot, String currentFee, String standardFee,
            LocalDate lastChangedOn, boolean noChangeForAYear, Answer answer) {
    }

    /** The answer given for a placement: its request. */
    @JsonbNillable
    public record Answer(long id, String reference, String kind, String status) {
    }

    /** The placements to accept the standard uplift for. */
    public record Acceptance(List<Long> placementIds) {
    }

    /** The placement to ask more than the standard uplift for. */
    public record DraftStart(@NotNull(message = "Give placementId: the placement to ask more than the standard uplift for") Long placementId) {
    }

    @Inject
    private ProviderUplifts uplifts;

    @Inject
    private HearthClock clock;

    @Inject
    private Validator validator;

    @GET
    public List<WindowSummary> windows() {
        LocalDate today = clock.today();
        return uplifts.windows().stream().map(w -> summary(w, today)).toList();
    }

    @GET
    @Path("/{id}")
    public WindowSummary window(@PathParam("id") long windowId) {
        return summary(uplifts.review(windowId).window(), clock.today());
    }

    @GET
    @Path("/{id}/agreements")
    public List<Agreement> agreements(@PathParam("id") long windowId) {
        return uplifts.review(windowId).agreements().stream().map(ProviderFeeReviewsResource::agreement).toList();
    }

    /** Accepts the standard uplift for each placement named, all or none; answers the requests made, for approval. */
    @POST
    @Path("/{id}/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RequestSummary> accept(@PathParam("id") long windowId, Acceptance acceptance) {
        return uplifts.acceptStandard(windowId, acceptance == null ? null : acceptance.placementIds()).stream()
                .map(RequestSummary::of).toList();
    }

    /** Starts a draft asking for more for one placement; it is at the Location answered, to complete and submit. */
    @POST
    @Path("/{id}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response askForMore(@PathParam("id") long windowId, DraftStart start, @Context UriInfo uri) {
        DraftStart valid = BodyConstraints.orRefuse(validator, start == null ? new DraftStart(null) : start);
        UpliftRequest draft = uplifts.askForMore(windowId, valid.placementId());
        return Response.created(uri.getBaseUriBuilder().path(ProviderUpliftRequestsResource.class)
                .path(Long.toString(draft.getId())).build()).entity(RequestSummary.of(draft)).build();
    }

    private static WindowSummary summary(FeeReviewWindow w, LocalDate today) {
        return new WindowSummary(w.getId(), w.getName(), w.getLots().stream()
                .map(l -> new LotUplift(l.getLot().getId(), l.getLot().getName(), l.getStandardUpliftPercent())).toList(),
                w.getOpensOn(), w.getClosesOn(), w.getEffectiveFrom(), w.getDecisionWorkingDays(), w.isOpenOn(today));
    }

    private static Agreement agreement(AgreementInScope a) {
        UpliftRequest r = a.answer();
        return new Agreement(PlacementRef.of(a.placement()), a.placement().getHome().getName(),
                a.placement().getRequest().getLot().getName(), a.currentFee().plain(), a.standardFee().plain(),
                a.lastChangedOn(), a.noChangeForAYear(),
                r == null ? null : new Answer(r.getId(), r.getReference(), r.getKind().name(), r.getStatus().name()));
    }
}
