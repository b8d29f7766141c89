package uk.hearth.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.requests.domain.Placement;
import uk.hearth.shared.Act;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.application.UpliftCase;
import uk.hearth.uplifts.domain.AboveStandardDetails;
import uk.hearth.uplifts.domain.CostBreakdown;
import uk.hearth.uplifts.domain.UpliftRequest;

/**
 * The caller's organisation's fee uplift requests: read; a draft asking for more saved, given evidence, submitted or
 * discarded; the council's question answered; a review of the decision asked for. Changes name
 * the version the caller last read; a change made since is refused as stale (409, "changed"). Another organisation's
 * request is not found, whatever its id. Amounts are strings of pounds ("1234.50"); in a draft's details they may be
 * sent as JSON numbers.
 */
@Path("/provider/uplift-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderUpliftRequestsResource {

    @JsonbNillable
    public record PlacementRef(long id, String reference) {

        static PlacementRef of(Placement placement) {
            return new PlacementRef(placement.getId(), placement.getReference());
        }
    }

    /** A request as just made: enough to follow it, and the version to change it from. */
    @JsonbNillable
    public record RequestSummary(long id, String reference, long version, PlacementRef placement, String kind,
            String status, LocalDate decisionDue) {

        static RequestSummary of(UpliftRequest r) {
            return new RequestSummary(r.getId(), r.getReference(), r.getVersion(), PlacementRef.of(r.getPlacement()),
                    r.getKind().name(), r.getStatus().name(), r.getDecisionDue());
        }
    }

    @JsonbNillable
    public record WindowRef(long id, String name, LocalDate effectiveFrom) {
    }

    /**
     * One request whole: what was asked (the draft's details in the shape a change sends them), what a submission
     * still lacks, the evidence, the council's latest question and those before it, the decision, and a review asked for.
     */
    @JsonbNillable
    public record UpliftRequestView(long id, String reference, long version, WindowRef window, PlacementRef placement,
            String kind, String status, String currentFee, String standardFee, String askedFee, Details details,
            List<String> missing, List<Evidence> evidence, Instant submittedAt, LocalDate decisionDue, boolean overdue,
            Clarification clarification, List<Clarification> earlierClarifications, Decision decision, Review review,
            boolean mayAskForReview, LocalDate reviewBy) {
    }

    /** The draft's details as {@link AboveStandardDetails} names them; amounts as strings, hours and percentages as numbers. */
    @JsonbNillable
    public record Details(String proposedWeeklyFee, boolean lowerFeeIntended, String caseForUplift,
            BigDecimal staffHoursPerWeek, String hourlyRateBefore, String hourlyRateAfter, BigDecimal onCostPercent,
            String premisesChange, String foodAndActivitiesChange, String transportChange, String educationChange,
            String insuranceChange, String overheadsChange) {
    }

    /** A piece of evidence: a document of the organisation's, downloaded from /documents/download?id= in the portal. */
    @JsonbNillable
    public record Evidence(long documentId, String fileName) {
    }

    /** The council's question; {@code clockPaused}: the decision date moves on by the working days the answer takes. */
    @JsonbNillable
    public record Clarification(String question, Instant askedAt, boolean clockPaused, boolean awaitingAnswer,
            String answer, Instant answeredAt) {
    }

    /** The decision in force: the review's where one was asked for and decided ({@code onReview}), which is final. */
    @JsonbNillable
    public record Decision(String status, String approvedFee, String backPay, String reasons, Instant decidedAt,
            String decidedBy, boolean onReview, Long letterDocumentId) {
    }

    /** A review asked for: the first decision, kept, and the organisation's reasons. */
    @JsonbNillable
    public record Review(String firstStatus, String firstApprovedFee, String firstReasons, String firstDecidedBy,
            String reasons, Instant askedAt, boolean decided) {
    }

    /** A draft's details saved from {@code version}. */
    public record DraftChange(@NotNull(message = "Give the version of the request you last read") Long version,
            AboveStandardDetails details) {
    }

    /** The draft submitted from {@code version}. */
    public record Submission(@NotNull(message = "Give the version of the request you last read") Long version) {
    }

    /** The answer to the council's question, from {@code version}. */
    public record ClarificationAnswer(@NotNull(message = "Give the version of the request you last read") Long version,
            String answer) {
    }

    /** A review of the decision asked for, with the reasons, from {@code version}. */
    public record ReviewAsked(@NotNull(message = "Give the version of the request you last read") Long version,
            String reasons) {
    }

    @Inject
    private ProviderUplifts uplifts;

    @Inject
    private HearthClock clock;

    @Inject
    private Validator validator;

    @GET
    @Path("/{id}")
    public UpliftRequestView request(@PathParam("id") long requestId) {
        return view(uplifts.request(requestId), clock.today());
    }

    /** Saves the draft's details, all of them (an absent one is emptied); answers the request with its new version. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UpliftRequestView saveDraft(@PathParam("id") long requestId, DraftChange change) {
        DraftChange valid = BodyConstraints.orRefuse(validator, change == null ? new DraftChange(null, null) : change);
        uplifts.saveDraft(requestId, valid.version(), valid.details());
        return request(requestId);
    }

    /** Submits the draft, complete and while the review is open: the decision clock starts today. */
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public UpliftRequestView submit(@PathParam("id") long requestId, Submission submission) {
        Submission valid = BodyConstraints.orRefuse(validator, submission == null ? new Submission(null) : submission);
        uplifts.submit(requestId, valid.version());
        return request(requestId);
    }

    /** Throws a draft away (204), so the placement can be answered afresh; {@code version} as last read. */
    @DELETE
    @Path("/{id}")
    public Response discard(@PathParam("id") long requestId, @QueryParam("version") Long version) {
        uplifts.discard(requestId, BodyConstraints.orRefuse(validator, new Submission(version)).version());
        return Response.noContent().build();
    }

    /**
     * Adds a piece of evidence to a draft: the file itself as the body, its name in {@code fileName}. It is checked
     * and filed as the pages' uploads are (kind of file, size, content).
     */
    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    public UpliftRequestView addEvidence(@PathParam("id") long requestId, @QueryParam("fileName") String fileName, byte[] content) {
        uplifts.addEvidence(requestId, fileName, content == null ? new byte[0] : content);
        return request(requestId);
    }

    @DELETE
    @Path("/{id}/evidence/{documentId}")
    public UpliftRequestView removeEvidence(@PathParam("id") long requestId, @PathParam("documentId") long documentId) {
        uplifts.removeEvidence(requestId, documentId);
        return request(requestId);
    }

    /** Answers the council's question; the decision clock, if paused, runs again. */
    @POST
    @Path("/{id}/clarification-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public UpliftRequestView answerClarification(@PathParam("id") long requestId, ClarificationAnswer answer) {
        ClarificationAnswer valid = BodyConstraints.orRefuse(validator, answer == null ? new ClarificationAnswer(null, null) : answer);
        uplifts.answerClarification(requestId, valid.version(), valid.answer());
        return request(requestId);
    }

    /** Asks, once and within 10 working days of the decision, for another officer to review it. */
    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public UpliftRequestView askForReview(@PathParam("id") long requestId, ReviewAsked asked) {
        ReviewAsked valid = BodyConstraints.orRefuse(validator, asked == null ? new ReviewAsked(null, null) : asked);
        uplifts.askForReview(requestId, valid.version(), valid.reasons());
        return request(requestId);
    }

    static UpliftRequestView view(UpliftCase uc, LocalDate today) {
        UpliftRequest r = uc.request();
        return new UpliftRequestView(r.getId(), r.getReference(), r.getVersion(),
                new WindowRef(r.getWindow().getId(), r.getWindow().getName(), r.getWindow().getEffectiveFrom()),
                PlacementRef.of(r.getPlacement()), r.getKind().name(), r.getStatus().name(), plain(r.getCurrentFee()),
                plain(r.getStandardFee()), plain(r.askedFee()), details(r), r.missing(),
                r.getEvidence().stream().map(d -> new Evidence(d.getId(), d.getFile().fileName())).toList(),
                at(r.getSubmitted()), r.getDecisionDue(), uc.overdue(), clarification(r),
                r.getEarlierClarifications().stream().map(c -> new Clarification(c.question(), at(c.asked()), c.clockPaused(),
                        false, c.answer(), at(c.answered()))).toList(), decision(r), review(r),
                r.mayAskForReviewOn(today), r.getStatus().isDecided() && r.getReviewAsked() == null ? r.reviewByDay() : null);
    }

    private static Details details(UpliftRequest r) {
        CostBreakdown b = r.getBreakdown();
        return new Details(plain(r.getProposedFee()), r.isLowerFeeIntended(), r.getCaseForUplift(), b.staffHoursPerWeek(),
                plain(b.hourlyRateBefore()), plain(b.hourlyRateAfter()), b.onCostPercent(), plain(b.premisesChange()),
                plain(b.foodAndActivitiesChange()), plain(b.transportChange()), plain(b.educationChange()),
                plain(b.insuranceChange()), plain(b.overheadsChange()));
    }

    private static Clarification clarification(UpliftRequest r) {
        if (r.getClarificationQuestion() == null) {
            return null;
        }
        return new Clarification(r.getClarificationQuestion(), at(r.getClarificationAsked()), r.isClockPaused(),
                r.isAwaitingClarification(), r.getClarificationAnswer(), at(r.getClarificationAnswered()));
    }

    private static Decision decision(UpliftRequest r) {
        if (!r.getStatus().isDecided()) {
            return null;
        }
        return new Decision(r.getStatus().name(), plain(r.getApprovedFee()), plain(r.getBackPay()), r.getDecisionReasons(),
                at(r.getDecided()), r.getDecided().username(), r.isReviewed(),
                r.getLetter() == null ? null : r.getLetter().getId());
    }

    private static Review review(UpliftRequest r) {
        if (r.getReviewAsked() == null) {
            return null;
        }
        return new Review(r.getFirstStatus().name(), plain(r.getFirstApprovedFee()), r.getFirstReasons(),
                r.getFirstDecidedBy(), r.getReviewReasons(), at(r.getReviewAsked()), r.isReviewed());
    }

    private static String plain(Money money) {
        return money == null ? null : money.plain();
    }

    private static Instant at(Act act) {
        return act == null ? null : act.at();
    }
}
