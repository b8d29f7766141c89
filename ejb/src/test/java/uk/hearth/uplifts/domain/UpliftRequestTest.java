package uk.hearth.uplifts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.RequestSamples.aRequest;
import static uk.hearth.testing.RequestSamples.offer;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.money.Money;
import uk.hearth.uplifts.domain.WindowDetails.StandardUplift;

/**
 * An uplift request's life in memory, on a placement of £1,250.00 a week in a window whose standard uplift is
 * 3.5% (£1,293.75) from 1 April 2028: accepted or asked for, submitted, decided, with back pay from the day of the
 * decision.
 */
class UpliftRequestTest {

    private static final String REFERENCE = "UPL-2028-00001";
    private static final Lot FOSTERING = FeeReviewWindowTest.lot(1, "Fostering");
    private static final Money CURRENT = Money.of("1250.00");
    private static final Money STANDARD = Money.of("1293.75");
    private static final LocalDate EFFECTIVE = LocalDate.of(2028, 4, 1);

    /** Thursday 10 February 2028, 10:00 GMT; 20 working days later, with no bank holiday between, is 9 March. */
    private static final Instant THURSDAY = Instant.parse("2028-02-10T10:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2028, 3, 9);
    private static final Act PROVIDER = new Act("it-provider", THURSDAY);
    private static final Act COUNCIL = new Act("it-contract-manager", Instant.parse("2028-04-15T09:00:00Z"));

    private final Placement placement = placement();
    private final FeeReviewWindow window = window(20);

    @Test
    void acceptingTheStandardUpliftSubmitsItAtOnce() {
        UpliftRequest request = UpliftRequest.acceptingStandard(REFERENCE, window, placement, CURRENT, PROVIDER);

        assertEquals(UpliftKind.STANDARD, request.getKind());
        assertEquals(UpliftStatus.SUBMITTED, request.getStatus());
        assertSame(placement.getOrganisation(), request.getOrganisation());
        assertEquals(CURRENT, request.getCurrentFee());
        assertEquals(STANDARD, request.getStandardFee());
        assertEquals(STANDARD, request.askedFee());
        assertEquals(new BigDecimal("3.50"), request.askedChange().percent());
        assertEquals(Money.ZERO, request.aboveStandard());
        assertEquals(PROVIDER, request.getCreated());
        assertEquals(PROVIDER, request.getSubmitted());
        assertEquals(DUE, request.getDecisionDue());
    }

    @Test
    void theDecisionIsDueFromTheDayOfSubmissionInLondon() {
        // 23:30 UTC on Monday 7 June 2027 is 00:30 BST on Tuesday 8 June: three working days from the Tuesday.
        Act lateAtNight = new Act("it-provider", Instant.parse("2027-06-07T23:30:00Z"));

        UpliftRequest request = UpliftRequest.acceptingStandard(REFERENCE, window(3), placement, CURRENT, lateAtNight);

        assertEquals(LocalDate.of(2027, 6, 11), request.getDecisionDue());
    }

    @Test
    void askingMoreStartsADraftThatMissesEverything() {
        UpliftRequest request = askingMore();

        assertEquals(UpliftKind.ABOVE_STANDARD, request.getKind());
        assertEquals(UpliftStatus.DRAFT, request.getStatus());
        assertEquals(STANDARD, request.getStandardFee());
        assertNull(request.getDecisionDue());
        assertNull(request.askedFee());
        // The fee, the four staff parts of the breakdown, the case and the evidence.
        assertEquals(7, request.missing().size());
        assertEquals(Money.ZERO, request.askedChange().amount());
        assertEquals(Money.ZERO, request.aboveStandard());
    }

    @Test
    void aDraftKeepsWhatWasEntered() {
        UpliftRequest request = askingMore();

        request.saveDraft(details("1320.00", false, "  Staff pay rises with the Living Wage.  "));

        assertEquals(Money.of("1320.00"), request.getProposedFee());
        assertEquals("Staff pay rises with the Living Wage.", request.getCaseForUplift());
        assertEquals(Optional.of(Money.of("24.00")), request.getBreakdown().livingWageEffect(Money.of("12.21"),
                Money.of("12.71")));
        assertEquals(Money.of("1320.00"), request.askedFee());
        assertEquals(Money.of("26.25"), request.aboveStandard());
        assertEquals(new BigDecimal("5.60"), request.askedChange().percent());
        assertEquals(1, request.missing().size(), "only the evidence");
    }

    @Test
    void aBlankCaseIsMissing() {
        UpliftRequest request = askingMore();
        request.addEvidence(document(7));

        request.saveDraft(details("1320.00", false, "   "));

        assertNull(request.getCaseForUplift());
        assertEquals(1, request.missing().size(), "only the case");
    }

    @Test
    void evidenceComesAndGoesWhileADraft() {
        UpliftRequest request = askingMore();
        ProviderDocument payroll = document(7);

        request.addEvidence(payroll);
        assertEquals(List.of(payroll), request.getEvidence());

        request.removeEvidence(7);
        assertEquals(List.of(), request.getEvidence());
    }

    @Test
    void aCompleteDraftIsSubmittedWithADecisionDate() {
        UpliftRequest request = complete("1320.00", false);
        assertEquals(List.of(), request.missing());

        request.submit(PROVIDER);

        assertEquals(UpliftStatus.SUBMITTED, request.getStatus());
        assertEquals(PROVIDER, request.getSubmitted());
        assertEquals(DUE, request.getDecisionDue());
    }

    @Test
    void anIncompleteDraftIsNotSubmitted() {
        UpliftRequest request = askingMore();
        request.saveDraft(details("1320.00", false, "Staff pay rises with the Living Wage."));

        BusinessException e = assertThrowsExactly(BusinessException.class, () -> request.submit(PROVIDER));

        assertEquals(Optional.empty(), e.field());
        assertEquals(UpliftStatus.DRAFT, request.getStatus());
        assertNull(request.getDecisionDue());
    }

    @Test
    void aFeeBelowTheCurrentOneNeedsTheProviderToSaySoFirst() {
        UpliftRequest unticked = complete("1200.00", false);
        BusinessException e = assertThrowsExactly(BusinessException.class, () -> unticked.submit(PROVIDER));
        assertEquals(Optional.of("proposedWeeklyFee"), e.field());
        assertEquals(UpliftStatus.DRAFT, unticked.getStatus());

        UpliftRequest ticked = complete("1200.00", true);
        ticked.submit(PROVIDER);
        assertEquals(UpliftStatus.SUBMITTED, ticked.getStatus());
    }

    @Test
    void aSubmittedRequestCanNoLongerBeChanged() {
        UpliftRequest request = submitted("1320.00");

        assertThrowsExactly(WrongStateException.class, () -> request.saveDraft(details("1400.00", false, "More")));
        assertThrowsExactly(WrongStateException.class, () -> request.addEvidence(document(8)));
        assertThrowsExactly(WrongStateException.class, () -> request.removeEvidence(7));
        assertThrowsExactly(WrongStateException.class, () -> request.submit(PROVIDER));
        assertEquals(Money.of("1320.00"), request.getProposedFee());
    }

    @Test
    void aDraftHasNothingToDecide() {
        UpliftRequest request = complete("1320.00", false);

        assertThrowsExactly(WrongStateException.class, () -> request.decide(approve(), COUNCIL, LocalDate.of(2028, 4, 15)));
        assertEquals(UpliftStatus.DRAFT, request.getStatus());
    }

    @Test
    void approvalGivesWhatWasAskedWithBackPayForTheDaysSinceTheEffectiveDate() {
        UpliftRequest request = submitted("1320.00");

        request.decide(new UpliftDecision(UpliftOutcome.APPROVE, null, "  "), COUNCIL, LocalDate.of(2028, 4, 15));

        assertEquals(UpliftStatus.APPROVED, request.getStatus());
        assertEquals(Money.of("1320.00"), request.getApprovedFee());
        // 1 to 14 April at £70 a week more.
        assertEquals(Money.of("140.00"), request.getBackPay());
        assertNull(request.getDecisionReasons());
        assertEquals(COUNCIL, request.getDecided());
    }

    @Test
    void theStandardUpliftIsApprovedAtTheStandardFee() {
        UpliftRequest early = UpliftRequest.acceptingStandard(REFERENCE, window, placement, CURRENT, PROVIDER);
        early.decide(approve(), COUNCIL, LocalDate.of(2028, 3, 20));
        assertEquals(STANDARD, early.getApprovedFee());
        assertEquals(Money.ZERO, early.getBackPay(), "decided before the effective date");

        UpliftRequest late = UpliftRequest.acceptingStandard(REFERENCE, window, placement, CURRENT, PROVIDER);
        late.decide(approve(), COUNCIL, LocalDate.of(2028, 4, 8));
        // A week of £43.75 more.
        assertEquals(Money.of("43.75"), late.getBackPay());
    }

    @Test
    void partApprovalGivesAFeeBetweenTheCurrentAndTheAskedWithReasons() {
        UpliftRequest request = submitted("1320.00");

        request.decide(new UpliftDecision(UpliftOutcome.PART_APPROVE, new BigDecimal("1285.00"),
                " Evidence supports the staff costs only. "), COUNCIL, LocalDate.of(2028, 4, 15));

        assertEquals(UpliftStatus.PART_APPROVED, request.getStatus());
        assertEquals(Money.of("1285.00"), request.getApprovedFee());
        assertEquals(Money.of("70.00"), request.getBackPay());
        assertEquals("Evidence supports the staff costs only.", request.getDecisionReasons());
    }

    @Test
    void aPartApprovedFeeMustLieStrictlyBetweenTheCurrentAndTheAsked() {
        UpliftRequest request = submitted("1320.00");

        for (String fee : new String[] {null, "1250.00", "1249.99", "1320.00", "1400.00"}) {
            UpliftDecision decision = new UpliftDecision(UpliftOutcome.PART_APPROVE, fee == null ? null : new BigDecimal(fee),
                    "Reasons");
            BusinessException e = assertThrowsExactly(BusinessException.class,
                    () -> request.decide(decision, COUNCIL, LocalDate.of(2028, 4, 15)), () -> "part-approving " + fee);
            assertEquals(Optional.of("approvedWeeklyFee"), e.field(), () -> "part-approving " + fee);
        }
        assertEquals(UpliftStatus.SUBMITTED, request.getStatus());
        assertNull(request.getApprovedFee());
    }

    @Test
    void partApprovalNeedsReasons() {
        UpliftRequest request = submitted("1320.00");

        BusinessException e = assertThrowsExactly(BusinessException.class, () -> request.decide(
                new UpliftDecision(UpliftOutcome.PART_APPROVE, new BigDecimal("1285.00"), " "), COUNCIL,
                LocalDate.of(2028, 4, 15)));

        assertEquals(Optional.of("reasons"), e.field());
        assertEquals(UpliftStatus.SUBMITTED, request.getStatus());
    }

    @Test
    void theStandardUpliftIsNotPartApproved() {
        UpliftRequest request = UpliftRequest.acceptingStandard(REFERENCE, window, placement, CURRENT, PROVIDER);

        assertThrowsExactly(WrongStateException.class, () -> request.decide(
                new UpliftDecision(UpliftOutcome.PART_APPROVE, new BigDecimal("1270.00"), "Reasons"), COUNCIL,
                LocalDate.of(2028, 4, 15)));
        assertEquals(UpliftStatus.SUBMITTED, request.getStatus());
    }

    @Test
    void rejectionNeedsReasonsAndLeavesTheFeeAsItIs() {
        UpliftRequest request = submitted("1320.00");

        BusinessException e = assertThrowsExactly(BusinessException.class, () -> request.decide(
                new UpliftDecision(UpliftOutcome.REJECT, null, null), COUNCIL, LocalDate.of(2028, 4, 15)));
        assertEquals(Optional.of("reasons"), e.field());

        request.decide(new UpliftDecision(UpliftOutcome.REJECT, null, "The evidence does not show the rise."), COUNCIL,
                LocalDate.of(2028, 4, 15));
        assertEquals(UpliftStatus.REJECTED, request.getStatus());
        assertNull(request.getApprovedFee());
        assertEquals(Money.ZERO, request.getBackPay());
    }

    @Test
    void aRequestIsDecidedOnce() {
        UpliftRequest request = submitted("1320.00");
        request.decide(approve(), COUNCIL, LocalDate.of(2028, 4, 15));

        assertThrowsExactly(WrongStateException.class, () -> request.decide(
                new UpliftDecision(UpliftOutcome.REJECT, null, "Changed my mind"), COUNCIL, LocalDate.of(2028, 4, 16)));
        assertEquals(UpliftStatus.APPROVED, request.getStatus());
    }

    @Test
    void anApprovedLowerFeeOwesNoBackPay() {
        UpliftRequest request = complete("1200.00", true);
        request.submit(PROVIDER);

        request.decide(approve(), COUNCIL, LocalDate.of(2028, 4, 15));

        assertEquals(Money.of("1200.00"), request.getApprovedFee());
        assertEquals(Money.ZERO, request.getBackPay());
    }

    @Test
    void overdueOnlyWhileWaitingPastTheDueDay() {
        UpliftRequest draft = askingMore();
        assertFalse(draft.isOverdueOn(DUE.plusDays(30)));

        UpliftRequest request = submitted("1320.00");
        assertFalse(request.isOverdueOn(DUE));
        assertTrue(request.isOverdueOn(DUE.plusDays(1)));

        request.decide(approve(), COUNCIL, DUE.plusDays(1));
        assertFalse(request.isOverdueOn(DUE.plusDays(1)));
    }

    @Test
    void aDecisionUnderReviewStandsUntilTheReviewDecides() {
        UpliftRequest request = submitted("1320.00");
        request.decide(new UpliftDecision(UpliftOutcome.REJECT, null, "The evidence does not show the rise."), COUNCIL,
                LocalDate.of(2028, 4, 15));

        request.askForReview("The accounts sent show the rise in staff pay.", COUNCIL, LocalDate.of(2028, 4, 17));

        assertEquals(UpliftStatus.UNDER_REVIEW, request.getStatus());
        assertEquals(UpliftStatus.REJECTED, request.decisionInForce());
    }

    @Test
    void publishedOutcomesCountARequestUnderReviewByItsFirstDecision() {
        UpliftRequest approved = submitted("1320.00");
        approved.decide(approve(), COUNCIL, LocalDate.of(2028, 4, 15));
        UpliftRequest alsoApproved = submitted("1300.00");
        alsoApproved.decide(approve(), COUNCIL, LocalDate.of(2028, 4, 15));
        UpliftRequest underReview = submitted("1400.00");
        underReview.decide(new UpliftDecision(UpliftOutcome.REJECT, null, "Above the lot's rate band."), COUNCIL,
                LocalDate.of(2028, 4, 15));
        underReview.askForReview("The child's needs changed in March.", COUNCIL, LocalDate.of(2028, 4, 17));

        LotOutcome outcome = LotOutcome.of("Review 2028/29", "Fostering", List.of(approved, alsoApproved, underReview));

        assertEquals(3, outcome.decided());
        assertEquals(new BigDecimal("66.7"), outcome.approvedPercent());
        assertEquals(new BigDecimal("33.3"), outcome.rejectedPercent());
    }

    private UpliftRequest askingMore() {
        return UpliftRequest.askingMore(REFERENCE, window, placement, CURRENT, PROVIDER);
    }

    /** A draft with every part given and one piece of evidence. */
    private UpliftRequest complete(String proposed, boolean lowerFeeIntended) {
        UpliftRequest request = askingMore();
        request.saveDraft(details(proposed, lowerFeeIntended, "Staff pay rises with the Living Wage."));
        request.addEvidence(document(7));
        return request;
    }

    private UpliftRequest submitted(String proposed) {
        UpliftRequest request = complete(proposed, false);
        request.submit(PROVIDER);
        return request;
    }

    private static UpliftDecision approve() {
        return new UpliftDecision(UpliftOutcome.APPROVE, null, null);
    }

    /** 40 staff hours at £12.21 then £12.71 with 20% on-costs, and £5 a week more for food and activities. */
    private static AboveStandardDetails details(String proposed, boolean lowerFeeIntended, String caseForUplift) {
        return new AboveStandardDetails(new BigDecimal(proposed), lowerFeeIntended, caseForUplift, new BigDecimal("40"),
                new BigDecimal("12.21"), new BigDecimal("12.71"), new BigDecimal("20"), null, new BigDecimal("5.00"),
                null, null, null, null);
    }

    private static FeeReviewWindow window(int workingDays) {
        WindowDetails details = new WindowDetails("Spring 2028 fee review", LocalDate.of(2028, 2, 1),
                LocalDate.of(2028, 2, 29), EFFECTIVE, workingDays, "Audited accounts", "Costs that rise with the Living Wage",
                List.of(new StandardUplift(1L, new BigDecimal("3.50"))));
        return new FeeReviewWindow(details, List.of(FOSTERING), new Act("it-contract-manager", Instant.parse("2028-01-20T10:00:00Z")));
    }

    /** A placement made from an offer of £1,250.00 a week (see {@code RequestSamples.offer}) on a fostering request. */
    private static Placement placement() {
        Instant at = Instant.parse("2027-06-07T08:00:00Z");
        PlacementRequest request = new PlacementRequest("REQ-2027-00001", new Act("it-commissioner", at));
        request.describe(aRequest().build(), FOSTERING, null);
        Organisation provider = new Organisation("Meadow Fostering Ltd", null, OrganisationKind.PROVIDER, at);
        Offer offer = new Offer(request, provider, new Home(provider), 10.0, new Act("it-provider", at));
        offer.describe(offer(1L));
        Placement placement = new Placement("IPA-2027-00001", request, offer, at);
        assertEquals(CURRENT, placement.weeklyFeeOn(LocalDate.of(2028, 3, 31)));
        return placement;
    }

    /** An uploaded piece of evidence; the database gives documents their ids, so the test sets one. */
    private static ProviderDocument document(long id) {
        ProviderDocument document = new ProviderDocument(null, DocumentCategory.FEE_UPLIFT_EVIDENCE, null, null, null,
                PROVIDER);
        try {
            Field field = ProviderDocument.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(document, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return document;
    }
}
