package uk.hearth.uplifts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.PdfText.assertContains;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementFee;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PdfText;
import uk.hearth.testing.PlacedChildren;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.Samples;
import uk.hearth.testing.SentNotices;
import uk.hearth.uplifts.application.AgreementInScope;
import uk.hearth.uplifts.application.WindowOverview;
import uk.hearth.uplifts.domain.AboveStandardDetails;
import uk.hearth.uplifts.domain.EarlierClarification;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.LivingWageRate;
import uk.hearth.uplifts.domain.LotOutcome;
import uk.hearth.uplifts.domain.QueueEntry;
import uk.hearth.uplifts.domain.UpliftDecision;
import uk.hearth.uplifts.domain.UpliftKind;
import uk.hearth.uplifts.domain.UpliftOutcome;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftStatus;
import uk.hearth.uplifts.domain.WindowDetails;

/**
 * A fee review from opening to decisions: every placement of the window's lots is in scope and nothing else;
 * providers accept the standard in bulk or ask for more for one placement; nothing is taken after the window closes;
 * a decision adds to the placement's fee history from the effective date, with back pay and a letter.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class FeeReviewsIT {

    /** Monday 7 June 2027, when the children of these tests are placed and the windows open. */
    private static final Instant OPENING = RequestSamples.MONDAY_MORNING;
    private static final LocalDate OPENS = LocalDate.of(2027, 6, 7);
    private static final LocalDate CLOSES = LocalDate.of(2027, 6, 30);
    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 7, 5);
    /** {@link RequestSamples#offer(long)}'s weekly fee, and 3.5% on it. */
    private static final Money AGREED = Money.of("1250.00");
    private static final Money STANDARD = Money.of("1293.75");

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private FeeReviews reviews;

    @Inject
    private ProviderUplifts uplifts;

    @Inject
    private FeeReviewOutcomes outcomes;

    @Inject
    private LivingWage livingWage;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private PlacedChildren placedChildren;

    @Inject
    private SentNotices sent;

    @Inject
    private HearthClock clock;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private AsCommissioner asCommissioner;

    @Test
    void onlyPlacementsOfTheWindowsLotsAreInScopeAndTheirProvidersAreTold() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Scope Fostering", asProvider, RequestSamples.NEAR);
        Placement placed = placedChildren.with(provider, asProvider);

        FeeReviewWindow fostering = open("Scope review " + Samples.unique(), Samples.FOSTERING);
        FeeReviewWindow residential = open("Residential review " + Samples.unique(), Samples.RESIDENTIAL);

        List<AgreementInScope> scope = asContractManager.call(() -> reviews.scope(fostering.getId()));
        AgreementInScope mine = scope.stream().filter(a -> a.placement().getId().equals(placed.getId())).findFirst().orElseThrow();
        assertEquals(AGREED, mine.currentFee());
        assertEquals(STANDARD, mine.standardFee());
        assertFalse(mine.isAnswered());
        assertTrue(scope.stream().allMatch(a -> a.placement().getRequest().getLot().getId() == Samples.FOSTERING));
        assertTrue(asContractManager.call(() -> reviews.scope(residential.getId())).stream()
                .noneMatch(a -> a.placement().getId().equals(placed.getId())));
        String name = provider.organisation().getDisplayName();
        assertTrue(sent.addresseesOf(fostering.getName() + " is open").contains(name));
        assertFalse(sent.addresseesOf(residential.getName() + " is open").contains(name));

        // The provider sees the window and only its own placement in it.
        assertTrue(asProvider.call(uplifts::windows).stream().anyMatch(w -> w.getId().equals(fostering.getId())));
        assertEquals(List.of(placed.getId()), asProvider.call(() -> uplifts.review(fostering.getId())).agreements().stream()
                .map(a -> a.placement().getId()).toList());
    }

    @Test
    void theStandardIsAcceptedForManyPlacementsAtOnceAndApprovedInBulk() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Bulk Fostering", asProvider, RequestSamples.NEAR);
        Placement first = placedChildren.with(provider, asProvider);
        Placement second = placedChildren.with(provider, asProvider);
        FeeReviewWindow window = open("Bulk review " + Samples.unique(), Samples.FOSTERING);

        List<UpliftRequest> accepted = asProvider.call(() -> uplifts.acceptStandard(window.getId(),
                List.of(first.getId(), second.getId())));
        assertEquals(2, accepted.size());
        for (UpliftRequest request : accepted) {
            assertEquals(UpliftKind.STANDARD, request.getKind());
            assertEquals(UpliftStatus.SUBMITTED, request.getStatus());
            assertEquals(STANDARD, request.askedFee());
            // 20 working days from Monday 7 June 2027.
            assertEquals(LocalDate.of(2027, 7, 5), request.getDecisionDue());
        }
        // A placement is answered once.
        BusinessException twice = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> uplifts.acceptStandard(window.getId(), List.of(first.getId()))));
        assertEquals("placementIds", twice.field().orElseThrow());

        // A page of the queue reads what its rows show in one query, without loading the placements.
        List<QueueEntry> queue = asContractManager.call(() -> reviews.queue(window.getId(), 0, 20));
        // Both due the same day, so in the order made.
        assertEquals(accepted.stream().map(UpliftRequest::getId).sorted().toList(), queue.stream().map(QueueEntry::id).toList());
        QueueEntry entry = queue.stream().filter(e -> e.placement().equals(first.getReference())).findFirst().orElseThrow();
        assertEquals(List.of(provider.organisation().getLegalName(), provider.home().getName()), List.of(entry.provider(), entry.home()));
        assertEquals(STANDARD, entry.askedFee());
        assertFalse(entry.isOverdueOn(LocalDate.of(2027, 7, 5)));
        assertTrue(entry.isOverdueOn(LocalDate.of(2027, 7, 6)));

        WindowOverview overview = asContractManager.call(() -> reviews.overview(window.getId()));
        assertEquals(2, overview.standardWaiting());
        // The figures are counted in the database; the scope lists the same placements one by one.
        List<AgreementInScope> scope = asContractManager.call(() -> reviews.scope(window.getId()));
        assertEquals(scope.size(), overview.placementsInScope());
        assertEquals(scope.stream().map(a -> a.placement().getOrganisation().getId()).distinct().count(), overview.providersInScope());
        assertEquals(scope.stream().filter(AgreementInScope::noChangeForAYear).count(), overview.noChangeForAYear());
        assertEquals(2, asContractManager.call(() -> reviews.approveStandardAcceptances(window.getId())));
        assertEquals(0, asContractManager.call(() -> reviews.approveStandardAcceptances(window.getId())));
        for (Placement placement : List.of(first, second)) {
            Placement after = asProvider.call(() -> uplifts.placement(placement.getId()));
            assertEquals(List.of(AGREED, STANDARD), after.getFees().stream().map(PlacementFee::getWeeklyFee).toList());
            assertEquals(AGREED, after.weeklyFeeOn(EFFECTIVE.minusDays(1)));
            assertEquals(STANDARD, after.weeklyFeeOn(EFFECTIVE));
        }
        Set<UpliftStatus> statuses = asProvider.call(uplifts::myRequests).stream()
                .filter(r -> r.getWindow().getId().equals(window.getId())).map(UpliftRequest::getStatus).collect(Collectors.toSet());
        assertEquals(Set.of(UpliftStatus.APPROVED), statuses);
    }

    @Test
    void moreIsAskedForWithABreakdownAndEvidenceThenPartApprovedWithBackPay() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Breakdown Fostering", asProvider, RequestSamples.NEAR);
        Placement placed = placedChildren.with(provider, asProvider);
        FeeReviewWindow window = open("Breakdown review " + Samples.unique(), Samples.FOSTERING);

        UpliftRequest draft = asProvider.call(() -> uplifts.askForMore(window.getId(), placed.getId()));
        assertEquals(UpliftStatus.DRAFT, draft.getStatus());
        // The council does not see a draft.
        assertThrows(RecordNotFoundException.class, () -> asContractManager.call(() -> reviews.request(draft.getId())));
        UpliftRequest saved = asProvider.call(() -> uplifts.saveDraft(draft.getId(), draft.getVersion(), details("1400.00")));
        // Incomplete: no evidence yet.
        assertThrows(BusinessException.class, () -> asProvider.call(() -> uplifts.submit(draft.getId(), saved.getVersion())));
        asProvider.call(() -> uplifts.addEvidence(draft.getId(), "payroll.pdf", Samples.pdf("Payroll summary")));
        long version = asProvider.call(() -> uplifts.request(draft.getId())).request().getVersion();
        UpliftRequest submitted = asProvider.call(() -> uplifts.submit(draft.getId(), version));
        assertEquals(UpliftStatus.SUBMITTED, submitted.getStatus());

        UpliftCase waiting = asContractManager.call(() -> reviews.request(draft.getId()));
        assertEquals(Money.of("24.00"), waiting.livingWageEffect().orElseThrow());
        assertEquals(Money.of("150.00"), waiting.request().askedChange().amount());
        assertEquals(new BigDecimal("12.00"), waiting.request().askedChange().percent());

        // Decided 14 days after the effective date: two weeks' back pay at the difference.
        clock.fixAt(Instant.parse("2027-07-19T09:00:00Z"));
        BusinessException noReasons = assertThrows(BusinessException.class, () -> asContractManager.call(() -> reviews.decide(
                draft.getId(), waiting.request().getVersion(), new UpliftDecision(UpliftOutcome.PART_APPROVE,
                        new BigDecimal("1330.00"), null))));
        assertEquals("reasons", noReasons.field().orElseThrow());
        UpliftRequest decided = asContractManager.call(() -> reviews.decide(draft.getId(), waiting.request().getVersion(),
                new UpliftDecision(UpliftOutcome.PART_APPROVE, new BigDecimal("1330.00"),
                        "The staffing rise is accepted; the overheads are not shown in the accounts.")));
        assertEquals(UpliftStatus.PART_APPROVED, decided.getStatus());
        assertEquals(Money.of("1330.00"), decided.getApprovedFee());
        assertEquals(Money.of("160.00"), decided.getBackPay());

        Placement after = asProvider.call(() -> uplifts.placement(placed.getId()));
        assertEquals(List.of(AGREED, Money.of("1330.00")), after.getFees().stream().map(PlacementFee::getWeeklyFee).toList());
        assertEquals(EFFECTIVE, after.getFees().get(1).getEffectiveFrom());
        assertEquals(AGREED, after.weeklyFeeOn(EFFECTIVE.minusDays(1)));

        UpliftCase mine = asProvider.call(() -> uplifts.request(draft.getId()));
        String letter = PdfText.of(asProvider.call(() -> documents.download(mine.request().getLetter().getId())).content());
        assertContains(letter, "£1,330.00");
        assertContains(letter, "5 July 2027");
        assertContains(letter, "£160.00");
        assertEquals(1, sent.about("decision on fee uplift request " + decided.getReference()).size());

        // Decided once.
        assertThrows(BusinessException.class, () -> asContractManager.call(() -> reviews.decide(draft.getId(),
                decided.getVersion(), new UpliftDecision(UpliftOutcome.APPROVE, null, null))));
    }

    @Test
    void aStaleDecisionIsRefusedAndALateAnswerToo() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Late Fostering", asProvider, RequestSamples.NEAR);
        Placement first = placedChildren.with(provider, asProvider);
        Placement second = placedChildren.with(provider, asProvider);
        FeeReviewWindow window = open("Late review " + Samples.unique(), Samples.FOSTERING);
        UpliftRequest accepted = asProvider.call(() -> uplifts.acceptStandard(window.getId(), List.of(first.getId()))).get(0);

        long seen = accepted.getVersion();
        asContractManager.call(() -> reviews.decide(accepted.getId(), seen, new UpliftDecision(UpliftOutcome.APPROVE, null, null)));
        assertThrows(ConcurrentChangeException.class, () -> asCommissioner.call(() -> reviews.decide(accepted.getId(), seen,
                new UpliftDecision(UpliftOutcome.REJECT, null, "Changed my mind"))));

        // The day after the window closes (UK time) nothing new is taken.
        clock.fixAt(Instant.parse("2027-06-30T23:30:00Z"));
        assertThrows(DeadlinePassedException.class,
                () -> asProvider.call(() -> uplifts.acceptStandard(window.getId(), List.of(second.getId()))));
        assertThrows(DeadlinePassedException.class, () -> asProvider.call(() -> uplifts.askForMore(window.getId(), second.getId())));
        assertNull(asProvider.call(() -> uplifts.review(window.getId())).agreements().stream()
                .filter(a -> a.placement().getId().equals(second.getId())).findFirst().orElseThrow().answer());
    }

    @Test
    void providersCannotRunTheReviewAndSeeOnlyTheirOwn() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Own Fostering", asProvider, RequestSamples.NEAR);
        Placement placed = placedChildren.with(provider, asProvider);
        FeeReviewWindow window = open("Own review " + Samples.unique(), Samples.FOSTERING);
        UpliftRequest draft = asProvider.call(() -> uplifts.askForMore(window.getId(), placed.getId()));

        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> reviews.open(details("Sneaky " + Samples.unique(),
                Samples.FOSTERING))));
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(uplifts::myRequests));
        admittedProviders.withHomeAt("Nosy Fostering", asOtherProvider, RequestSamples.NEAR);
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> uplifts.request(draft.getId())));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> uplifts.placement(placed.getId())));
        assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> uplifts.acceptStandard(window.getId(), List.of(placed.getId()))));
        assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> uplifts.saveDraft(draft.getId(), draft.getVersion(), details("1300.00"))));
    }

    @Test
    void aDecisionIsReviewedOnceByAnotherOfficerAndTheOutcomeIsFinal() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Review Fostering", asProvider, RequestSamples.NEAR);
        Placement placed = placedChildren.with(provider, asProvider);
        FeeReviewWindow window = open("Review review " + Samples.unique(), Samples.FOSTERING);
        UpliftRequest submitted = submittedAskingFor(window, placed, "1400.00");
        UpliftRequest rejected = asContractManager.call(() -> reviews.decide(submitted.getId(), submitted.getVersion(),
                new UpliftDecision(UpliftOutcome.REJECT, null, "The evidence does not show the rise.")));
        assertEquals(UpliftStatus.REJECTED, rejected.getStatus());

        UpliftRequest asked = asProvider.call(() -> uplifts.askForReview(rejected.getId(), rejected.getVersion(),
                "The payroll summary shows the rise; please look again."));
        assertEquals(UpliftStatus.UNDER_REVIEW, asked.getStatus());
        assertThrows(WrongStateException.class, () -> asProvider.call(() -> uplifts.askForReview(asked.getId(),
                asked.getVersion(), "Again.")));
        // The officer who decided first does not review.
        assertThrows(NotAllowedException.class, () -> asContractManager.call(() -> reviews.review(asked.getId(),
                asked.getVersion(), new UpliftDecision(UpliftOutcome.APPROVE, null, null))));
        UpliftRequest reviewed = asCommissioner.call(() -> reviews.review(asked.getId(), asked.getVersion(),
                new UpliftDecision(UpliftOutcome.APPROVE, null, "The payroll summary bears the rise out.")));
        assertEquals(UpliftStatus.APPROVED, reviewed.getStatus());
        assertTrue(reviewed.isReviewed());
        assertEquals(UpliftStatus.REJECTED, reviewed.getFirstStatus());
        assertEquals(List.of(AGREED, Money.of("1400.00")), asProvider.call(() -> uplifts.placement(placed.getId())).getFees()
                .stream().map(PlacementFee::getWeeklyFee).toList());
        assertThrows(WrongStateException.class, () -> asProvider.call(() -> uplifts.askForReview(reviewed.getId(),
                reviewed.getVersion(), "Once more.")));
        UpliftCase mine = asProvider.call(() -> uplifts.request(submitted.getId()));
        assertContains(PdfText.of(asProvider.call(() -> documents.download(mine.request().getLetter().getId())).content()),
                "on review");
    }

    @Test
    void aClarificationPausesTheDecisionClockOnlyWhenTheOfficerSaysSo() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Question Fostering", asProvider, RequestSamples.NEAR);
        Placement first = placedChildren.with(provider, asProvider);
        Placement second = placedChildren.with(provider, asProvider);
        FeeReviewWindow window = open("Question review " + Samples.unique(), Samples.FOSTERING);
        UpliftRequest paused = submittedAskingFor(window, first, "1400.00");
        UpliftRequest running = submittedAskingFor(window, second, "1400.00");
        LocalDate due = LocalDate.of(2027, 7, 5);
        assertEquals(due, paused.getDecisionDue());

        clock.fixAt(Instant.parse("2027-06-08T09:00:00Z"));
        UpliftRequest asked = asContractManager.call(() -> reviews.askClarification(paused.getId(), paused.getVersion(),
                "What does the overheads figure cover?", true));
        UpliftRequest askedToo = asContractManager.call(() -> reviews.askClarification(running.getId(), running.getVersion(),
                "Which staff does the rota cover?", false));
        assertTrue(asked.isAwaitingClarification());
        // Answered on Friday: three working days later.
        clock.fixAt(Instant.parse("2027-06-11T15:00:00Z"));
        assertEquals(LocalDate.of(2027, 7, 8), asProvider.call(() -> uplifts.answerClarification(paused.getId(),
                asked.getVersion(), "Insurance and the office rent.")).getDecisionDue());
        UpliftRequest answered = asProvider.call(() -> uplifts.answerClarification(running.getId(), askedToo.getVersion(),
                "Every carer of the household."));
        assertEquals(due, answered.getDecisionDue());

        // A second question keeps the first, with its answer, on the record.
        asContractManager.call(() -> reviews.askClarification(running.getId(), answered.getVersion(), "And the relief carers?", false));
        UpliftRequest again = asContractManager.call(() -> reviews.request(running.getId())).request();
        assertEquals("And the relief carers?", again.getClarificationQuestion());
        assertEquals(List.of("Which staff does the rota cover?"),
                again.getEarlierClarifications().stream().map(EarlierClarification::question).toList());
        assertEquals("Every carer of the household.", again.getEarlierClarifications().get(0).answer());
    }

    @Test
    void closedReviewsPublishOutcomesPerLotAndWithholdThemBelowThreeDecisions() throws Exception {
        clock.fixAt(OPENING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Outcome Fostering", asProvider, RequestSamples.NEAR);
        List<Long> three = List.of(placedChildren.with(provider, asProvider).getId(),
                placedChildren.with(provider, asProvider).getId(), placedChildren.with(provider, asProvider).getId());
        // A home has three vacancies: the fourth child goes to another provider.
        AdmittedProvider other = admittedProviders.withHomeAt("Other Outcome Fostering", asOtherProvider, RequestSamples.NEAR);
        Placement alone = placedChildren.with(other, asOtherProvider);
        FeeReviewWindow published = open("Published review " + Samples.unique(), Samples.FOSTERING);
        FeeReviewWindow withheld = open("Withheld review " + Samples.unique(), Samples.FOSTERING);
        asProvider.call(() -> uplifts.acceptStandard(published.getId(), three));
        asOtherProvider.call(() -> uplifts.acceptStandard(withheld.getId(), List.of(alone.getId())));
        asContractManager.call(() -> reviews.approveStandardAcceptances(published.getId()));
        asContractManager.call(() -> reviews.approveStandardAcceptances(withheld.getId()));

        // Nothing is published while the windows are open.
        assertTrue(asProvider.call(outcomes::published).stream().noneMatch(o -> o.windowName().equals(published.getName())));
        clock.fixAt(Instant.parse("2027-07-01T09:00:00Z"));
        LotOutcome shown = asProvider.call(outcomes::published).stream()
                .filter(o -> o.windowName().equals(published.getName())).findFirst().orElseThrow();
        assertEquals(3, shown.decided());
        assertEquals(new BigDecimal("100.0"), shown.approvedPercent());
        assertEquals(new BigDecimal("3.50"), shown.averageUpliftPercent());
        assertEquals(0, shown.medianDecisionDays());
        assertTrue(asContractManager.call(outcomes::published).stream()
                .filter(o -> o.windowName().equals(withheld.getName())).allMatch(LotOutcome::isWithheld));

        // Finance's workbook: a header and a row per request, amounts as numbers.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                asContractManager.call(() -> reviews.decisionsWorkbook(published.getId()))))) {
            assertEquals(3, workbook.getSheetAt(0).getLastRowNum());
            assertEquals(1293.75, workbook.getSheetAt(0).getRow(1).getCell(10).getNumericCellValue());
        }
        assertEquals(4, asContractManager.call(() -> reviews.decisionsCsv(published.getId())).split("\r\n").length);
    }

    @Test
    void theAdministratorAddsALivingWageRateOnceAndOthersOnlyReadThem() throws Exception {
        // Far from the reviews of the other tests, whose effective dates fall in 2027, and new on every run.
        LocalDate april = LocalDate.of(2040, 4, 1).plusDays(Math.floorMod(System.nanoTime(), 50_000L));
        LivingWageRate added = asAdmin.call(() -> livingWage.add(april, new BigDecimal("14.10")));
        assertEquals(Money.of("14.10"), added.getHourlyRate());
        assertTrue(asProvider.call(livingWage::rates).stream().anyMatch(r -> r.getValidFrom().equals(april)));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> livingWage.add(april, new BigDecimal("14.20"))));
        assertEquals("validFrom", twice.field().orElseThrow());
        assertThrows(EJBAccessException.class, () -> asContractManager.call(() -> livingWage.add(april.plusYears(1),
                new BigDecimal("14.50"))));
    }

    /** A request for more than the standard, with the breakdown and a payroll summary, submitted now. */
    private UpliftRequest submittedAskingFor(FeeReviewWindow window, Placement placement, String fee) throws Exception {
        UpliftRequest draft = asProvider.call(() -> uplifts.askForMore(window.getId(), placement.getId()));
        asProvider.call(() -> uplifts.saveDraft(draft.getId(), draft.getVersion(), details(fee)));
        asProvider.call(() -> uplifts.addEvidence(draft.getId(), "payroll.pdf", Samples.pdf("Payroll summary")));
        long version = asProvider.call(() -> uplifts.request(draft.getId())).request().getVersion();
        return asProvider.call(() -> uplifts.submit(draft.getId(), version));
    }

    private FeeReviewWindow open(String name, long lotId) throws Exception {
        return asContractManager.call(() -> reviews.open(details(name, lotId)));
    }

    private static WindowDetails details(String name, long lotId) {
        return new WindowDetails(name, OPENS, CLOSES, EFFECTIVE, WindowDetails.DEFAULT_DECISION_DAYS,
                "Accounts for the last year, a payroll summary and the rota.",
                "Fees below the market median; paying the National Living Wage; accounts showing risk of failure.",
                List.of(new WindowDetails.StandardUplift(lotId, new BigDecimal("3.50"))));
    }

    /** 40 staff hours a week going from £12.21 to £12.71 an hour with 20% on-costs (£24.00 more), and £126 of others. */
    private static AboveStandardDetails details(String proposedFee) {
        return new AboveStandardDetails(new BigDecimal(proposedFee), false,
                "Our fee is below the market median and staff pay rises with the National Living Wage.",
                new BigDecimal("40"), new BigDecimal("12.21"), new BigDecimal("12.71"), new BigDecimal("20"),
                new BigDecimal("40.00"), new BigDecimal("30.00"), new BigDecimal("20.00"), null, new BigDecimal("16.00"),
                new BigDecimal("20.00"));
    }
}
