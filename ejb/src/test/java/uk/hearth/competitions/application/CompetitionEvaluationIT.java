package uk.hearth.competitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.PdfText.assertContains;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.EvaluationIncompleteException;
import uk.hearth.competitions.domain.EvaluatorScore;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.RankedBid;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.StandstillMode;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.competitions.domain.StandstillRunningException;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.AsSecondCommissioner;
import uk.hearth.testing.AsThirdCommissioner;
import uk.hearth.testing.AsThirdProvider;
import uk.hearth.testing.CompetitionSamples;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PdfText;
import uk.hearth.testing.PublishedCompetitions;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.SentNotices;
import uk.hearth.testing.TestOrganisations;

/**
 * Evaluation and award of a mini-competition: conflict declarations before any bid is seen, independent scoring,
 * moderation, pass/fail exclusion, ranking with the stated tie rule, award letters to every bidder, a standstill the
 * contract cannot be concluded in, the contract, and the open data.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class CompetitionEvaluationIT {

    private static final String COMMISSIONER = RoleCaller.username("commissioner");
    private static final String SECOND = AsSecondCommissioner.USERNAME;
    private static final String THIRD = AsThirdCommissioner.USERNAME;
    private static final Instant OPENING = CompetitionSamples.DEADLINE.plus(1, ChronoUnit.HOURS);
    /** Tuesday 16 March 2027: ten days on is Good Friday, so the standstill runs past Easter Monday. */
    private static final Instant DECISION = Instant.parse("2027-03-16T10:00:00Z");
    /** Midnight at the end of Tuesday 30 March 2027, British Summer Time. */
    private static final Instant STANDSTILL_ENDS = Instant.parse("2027-03-30T23:00:00Z");
    private static final String INSURANCE = "Do you hold employers' liability insurance of £5m or more?";
    /** What the audit log holds about a competition, chained or still waiting to be. */
    private static final String AUDIT = "select summary from audit_entry where entity_type = 'MiniCompetition' and entity_id = ?1"
            + " union all select summary from audit_pending where entity_type = 'MiniCompetition' and entity_id = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionBids bids;

    @Inject
    private CompetitionEvaluation evaluation;

    @Inject
    private CompetitionAward award;

    @Inject
    private CompetitionExports exports;

    @Inject
    private CompetitionDeadlines deadlines;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private PublishedCompetitions publishedCompetitions;

    @Inject
    private RawDatabase database;

    @Inject
    private SentNotices sent;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsThirdProvider asThirdProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsSecondCommissioner asSecond;

    @Inject
    private AsThirdCommissioner asThird;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private AsAdmin asAdmin;

    private Organisation council;
    private Organisation acorn;
    private Organisation birch;

    @BeforeEach
    void twoAdmittedProviders() throws Exception {
        clock.fixAt(CompetitionSamples.PUBLISHED);
        council = organisations.council(COMMISSIONER);
        acorn = admittedProviders.withFosteringHome("Acorn Fostering", asProvider).organisation();
        birch = admittedProviders.withFosteringHome("Birch Fostering", asOtherProvider).organisation();
    }

    @Test
    void panelMembersDeclareConflictsOfInterestBeforeSeeingAnyBid() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details(List.of(COMMISSIONER, SECOND, THIRD)));
        long id = competition.getId();
        String reference = competition.getReference();
        submit(asProvider, competition, "Acorn's answer", "1000.00", CompetitionSamples.PUBLISHED);
        refused(WrongStateException.class, asSecond, () -> evaluation.declare(id, false, null));

        open(competition);
        // Not declared yet.
        refused(NotAllowedException.class, asSecond, () -> evaluation.bidsToEvaluate(id));
        refused(NotAllowedException.class, asSecond, () -> evaluation.myScores(id));
        refused(NotAllowedException.class, asSecond, () -> evaluation.ranking(id));

        assertEquals(Optional.of("note"), refused(BusinessException.class, asThird, () -> evaluation.declare(id, true, " ")).field());
        assertTrue(asThird.call(() -> evaluation.declare(id, true, "I was a director of a bidder.")).isConflicted());
        assertEquals(List.of(COMMISSIONER, SECOND),
                asCommissioner.call(() -> competitions.overview(id)).competition().getPanel().stream().sorted().toList());
        // Declared a conflict.
        refused(NotAllowedException.class, asThird, () -> evaluation.bidsToEvaluate(id));
        refused(NotAllowedException.class, asThird, () -> evaluation.ranking(id));
        refused(NotAllowedException.class, asThird, () -> award.decideAward(id, 0));
        assertEquals("You have already declared whether you have a conflict of interest in " + reference + ".",
                refused(BusinessException.class, asThird, () -> evaluation.declare(id, false, null)).getMessage());
        assertTrue(database.text(AUDIT, String.valueOf(id)).contains(THIRD
                + " declared a conflict of interest (I was a director of a bidder.) and left the evaluation panel"));

        assertFalse(asSecond.call(() -> evaluation.declare(id, false, null)).isConflicted());
        List<OpenedBid> seen = asSecond.call(() -> evaluation.bidsToEvaluate(id));
        assertEquals(1, seen.size());
        assertEquals("Yes, Acorn's answer answers question 2.", seen.get(0).contents().answers().get(question(competition, 2)));
    }

    @Test
    void evaluatorsScoreAloneAndModerationStartsOnceEveryScoreIsIn() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details(List.of(COMMISSIONER, SECOND)));
        long id = competition.getId();
        submit(asProvider, competition, "Acorn's answer", "1000.00", CompetitionSamples.PUBLISHED);
        List<Bid> opened = open(competition);
        long bid = opened.get(0).getId();
        long siblings = question(competition, 2);
        long school = question(competition, 3);
        // Not on the panel.
        refused(NotAllowedException.class, asThird, () -> evaluation.declare(id, false, null));
        asCommissioner.call(() -> evaluation.declare(id, false, null));
        asSecond.call(() -> evaluation.declare(id, false, "None."));
        refused(NotAllowedException.class, asThird, () -> evaluation.score(id, bid, siblings, 3, "Outsider's view."));
        refused(NotAllowedException.class, asThird, () -> evaluation.bidsToEvaluate(id));

        asCommissioner.call(() -> evaluation.score(id, bid, siblings, 2, "First thoughts."));
        asCommissioner.call(() -> evaluation.score(id, bid, siblings, 5, "Every sibling group stays together."));
        asCommissioner.call(() -> evaluation.score(id, bid, school, 4, "Transport to school is arranged."));
        asSecond.call(() -> evaluation.score(id, bid, siblings, 3, "Only for pairs of siblings."));
        assertEquals("Question 1 is pass/fail: record whether each bid passes it.", refused(BusinessException.class,
                asSecond, () -> evaluation.score(id, bid, question(competition, 1), 3, "Insured.")).getMessage());
        assertEquals(List.of("A score is a whole number from 0 to 5."),
                violations(asSecond, () -> evaluation.score(id, bid, school, 6, "Too good.")));
        assertEquals(List.of("Justify your score."), violations(asSecond, () -> evaluation.score(id, bid, school, 3, " ")));

        List<EvaluatorScore> mine = asCommissioner.call(() -> evaluation.myScores(id));
        assertEquals(List.of(5, 4), mine.stream().map(EvaluatorScore::getScore).toList());
        assertEquals("Every sibling group stays together.", mine.get(0).getJustification());
        List<EvaluatorScore> theirs = asSecond.call(() -> evaluation.myScores(id));
        assertEquals(List.of(SECOND), theirs.stream().map(s -> s.getScored().username()).distinct().toList());
        assertEquals(List.of(3), theirs.stream().map(EvaluatorScore::getScore).toList());
        String waiting = refused(WrongStateException.class, asSecond, () -> evaluation.moderationSheet(id)).getMessage();
        assertTrue(waiting.contains("1 score is still to come"), waiting);
        refused(WrongStateException.class, asCommissioner, () -> evaluation.moderate(id, bid, siblings, 4, "Agreed."));

        asSecond.call(() -> evaluation.score(id, bid, school, 3, "Transport only in term time."));
        // Every score is in, so they are fixed for moderation.
        refused(WrongStateException.class, asSecond, () -> evaluation.score(id, bid, school, 4, "Second thoughts."));
        ModerationSheet sheet = asSecond.call(() -> evaluation.moderationSheet(id));
        assertEquals(4, sheet.evaluatorScores().size());
        assertEquals(List.of(COMMISSIONER, SECOND), sheet.declarations().stream().map(d -> d.getDeclared().username()).sorted().toList());
        assertEquals(1, sheet.bids().size());
        assertEquals(4, asCommissioner.call(() -> evaluation.moderate(id, bid, siblings, 4, "Pairs are kept together; "
                + "larger groups not shown.")).getScore());
        assertEquals(List.of("Note why the panel agreed this score."),
                violations(asCommissioner, () -> evaluation.moderate(id, bid, school, 3, "")));

        String audited = database.text(AUDIT, String.valueOf(id));
        assertTrue(audited.contains(COMMISSIONER + " scored question 2 of bid " + bid), audited);
        assertTrue(audited.contains(COMMISSIONER + " moderated question 2 of bid " + bid), audited);
        assertFalse(audited.contains("sibling group") || audited.contains("Acorn's answer") || audited.contains("Pairs"),
                "Neither justifications, notes nor answers are audited: " + audited);
    }

    @Test
    void aBidThatFailsAPassFailQuestionIsExcludedAndEqualTotalsAreRankedByTheStatedRule() throws Exception {
        Organisation cedar = admittedProviders.withFosteringHome("Cedar Fostering", asThirdProvider).organisation();
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details(List.of(COMMISSIONER)));
        long id = competition.getId();
        assertEquals(Optional.of("price"), assertThrows(BusinessException.class,
                () -> submit(asProvider, competition, "Acorn's answer", "0.00", CompetitionSamples.PUBLISHED)).field());
        submit(asProvider, competition, "Acorn's answer", "1000.00", CompetitionSamples.PUBLISHED);
        submit(asOtherProvider, competition, "Birch's answer", "1250.00", CompetitionSamples.PUBLISHED.plusSeconds(60));
        submit(asThirdProvider, competition, "Cedar's answer", "900.00", CompetitionSamples.PUBLISHED.plusSeconds(120));
        List<Bid> opened = open(competition);
        long acornBid = bidOf(opened, acorn);
        long birchBid = bidOf(opened, birch);
        long cedarBid = bidOf(opened, cedar);
        asCommissioner.call(() -> evaluation.declare(id, false, null));

        long insurance = question(competition, 1);
        pass(id, acornBid, insurance);
        pass(id, birchBid, insurance);
        assertEquals(Optional.of("reason"), refused(BusinessException.class, asCommissioner,
                () -> evaluation.recordPassFail(id, cedarBid, insurance, false, null)).field());
        asCommissioner.call(() -> evaluation.recordPassFail(id, cedarBid, insurance, false, "The certificate is for £2m."));
        // Cedar is excluded, so its answers need no scores: the lowest price still scored is Acorn's.
        score(asCommissioner, competition, acornBid, 4, 1);
        score(asCommissioner, competition, birchBid, 3, 4);
        String incomplete = refused(EvaluationIncompleteException.class, asCommissioner, () -> evaluation.ranking(id))
                .getMessage();
        assertTrue(incomplete.contains(acorn.getLegalName()), incomplete);
        moderate(competition, acornBid, 4, 1);
        moderate(competition, birchBid, 3, 4);

        Ranking ranking = asCommissioner.call(() -> evaluation.ranking(id));
        // Acorn: 28 + 5 quality and the full 40 for price; Birch: 21 + 20 quality and 1000 ÷ 1250 × 40 = 32.
        assertEquals(List.of(birch.getLegalName(), acorn.getLegalName()), ranking.ranked().stream().map(RankedBid::bidder).toList());
        assertEquals(List.of(new BigDecimal("73.00"), new BigDecimal("73.00")), ranking.ranked().stream().map(RankedBid::total).toList());
        assertEquals(List.of(1, 2), ranking.ranked().stream().map(RankedBid::rank).toList());
        assertEquals(new BigDecimal("40.00"), ranking.rankedBid(acornBid).orElseThrow().priceScore());
        assertEquals("It failed the pass/fail question ‘" + INSURANCE + "’.", ranking.excludedBid(cedarBid).orElseThrow().reason());
        // Published once the award is decided.
        refused(WrongStateException.class, asContractManager, () -> exports.scoresCsv(id));

        clock.fixAt(DECISION);
        asCommissioner.call(() -> award.decideAward(id, version(id)));
        assertContains(letterTo(competition, acorn), "The two bids' total scores were equal, so the tie-break rule above decided.");
        assertContains(letterTo(competition, cedar), "Your bid was excluded from the evaluation and was not scored. It failed"
                + " the pass/fail question ‘" + INSURANCE + "’.");
        assertContains(letterTo(competition, birch), "Your bid was successful: it ranked first of 2.");

        String csv = asContractManager.call(() -> exports.scoresCsv(id));
        List<String> rows = List.of(csv.split("\r\n"));
        assertEquals(ScoresCsv.HEADER, List.of(rows.get(0).split(",")));
        assertEquals(6, rows.size(), csv);
        assertTrue(rows.get(1).startsWith(competition.getReference() + ",1," + birch.getLegalName() + ",no,"), csv);
        assertTrue(rows.get(5).startsWith(competition.getReference() + ",," + cedar.getLegalName() + ",yes,"), csv);
    }

    @Test
    void theAwardIsLetteredToEveryBidderAndTheContractIsConcludedOnlyOnceTheStandstillHasEnded() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details(List.of(COMMISSIONER, SECOND, THIRD)));
        long id = competition.getId();
        String reference = competition.getReference();
        submit(asProvider, competition, "Acorn's answer", "1200.00", CompetitionSamples.PUBLISHED);
        submit(asOtherProvider, competition, "Birch's answer", "1000.00", CompetitionSamples.PUBLISHED.plusSeconds(60));
        List<Bid> opened = open(competition);
        long acornBid = bidOf(opened, acorn);
        long birchBid = bidOf(opened, birch);
        asThird.call(() -> evaluation.declare(id, true, "My partner works for a bidder."));
        asCommissioner.call(() -> evaluation.declare(id, false, null));
        asSecond.call(() -> evaluation.declare(id, false, null));
        long insurance = question(competition, 1);
        pass(id, acornBid, insurance);
        pass(id, birchBid, insurance);
        for (RoleCaller evaluator : List.of(asCommissioner, asSecond)) {
            score(evaluator, competition, acornBid, 5, 4);
            score(evaluator, competition, birchBid, 3, 3);
        }
        moderate(competition, acornBid, 5, 4);
        moderate(competition, birchBid, 3, 3);
        assertEquals(List.of(new BigDecimal("88.33"), new BigDecimal("76.00")),
                asCommissioner.call(() -> evaluation.ranking(id)).ranked().stream().map(RankedBid::total).toList());
        assertEquals(1, releases(ocds(id)).size());

        clock.fixAt(DECISION);
        MiniCompetition decided = asCommissioner.call(() -> award.decideAward(id, version(id)));
        assertEquals(CompetitionStatus.STANDSTILL, decided.getStatus());
        assertEquals(new Act(COMMISSIONER, DECISION), decided.getAwardDecided());
        assertEquals(STANDSTILL_ENDS, decided.standstill().endsAt());
        assertEquals(STANDSTILL_ENDS, new StandstillPeriod(StandstillMode.CALENDAR_DAYS_10, DECISION).endsAt());
        assertTrue(asAdmin.call(() -> deadlines.scheduledFor(id)).contains(new CompetitionDeadlines.StandstillEnds(id)));
        // The award is decided, so the evaluation can no longer change.
        refused(WrongStateException.class, asCommissioner,
                () -> evaluation.moderate(id, birchBid, question(competition, 2), 5, "Too late."));

        String toBirch = letterTo(competition, birch);
        assertContains(toBirch, "Your bid was not successful: it ranked 2 of 2.");
        assertContains(toBirch, "The successful bid's scores (" + acorn.getLegalName() + ")");
        assertContains(toBirch, "Total score 88.33 of 100");
        assertContains(toBirch, "Total score 76.00 of 100");
        assertContains(toBirch, "It ends at midnight at the end of Tuesday 30 March 2027 (UK time).");
        assertContains(toBirch, council.getLegalName());
        String toAcorn = letterTo(competition, acorn);
        assertContains(toAcorn, "Your bid was successful: it ranked first of 2.");
        assertContains(toAcorn, "Total score 88.33 of 100");
        assertTrue(asCommissioner.call(() -> documents.documentsOf(birch.getId())).stream()
                .anyMatch(d -> d.getCategory() == DocumentCategory.AWARD_LETTER));

        clock.fixAt(STANDSTILL_ENDS.minus(1, ChronoUnit.SECONDS));
        long seen = version(id);
        StandstillRunningException running = assertThrows(StandstillRunningException.class,
                () -> asCommissioner.call(() -> award.concludeContract(id, seen, LocalDate.of(2027, 4, 5))));
        assertEquals("The contract cannot be concluded until the standstill period ends at midnight at the end of "
                + "Tuesday 30 March 2027 (UK time).", running.getMessage());
        endStandstill(id);
        assertNull(asCommissioner.call(() -> competitions.overview(id)).competition().getStandstillEndedAt());

        clock.fixAt(STANDSTILL_ENDS);
        endStandstill(id);
        assertEquals(STANDSTILL_ENDS, asCommissioner.call(() -> competitions.overview(id)).competition().getStandstillEndedAt());
        assertEquals(Optional.of("startDate"), refused(BusinessException.class, asCommissioner,
                () -> award.concludeContract(id, version(id), LocalDate.of(2027, 3, 30))).field());
        MiniCompetition concluded = asCommissioner.call(() -> award.concludeContract(id, version(id), LocalDate.of(2027, 4, 5)));
        assertEquals(CompetitionStatus.CONCLUDED, concluded.getStatus());
        String contractReference = "BC-" + reference.substring("MC-".length());
        assertEquals(contractReference, concluded.getContractReference());

        String contract = PdfText.of(asContractManager.call(() -> award.contract(id)).content());
        assertContains(contract, "Contract reference: " + contractReference);
        assertContains(contract, acorn.getLegalName());
        assertContains(contract, "5 April 2027");
        assertContains(contract, "£1,200.00");
        Notification toWinner = sent.about("block contract " + contractReference).get(0);
        assertEquals(contract, PdfText.of(toWinner.attachments().get(0).content()));
        assertTrue(database.text(AUDIT, String.valueOf(id)).contains("the standstill ended at midnight at the end of "
                + "Tuesday 30 March 2027 (UK time)"));

        JsonObject release = releases(ocds(id)).get(2);
        assertEquals("contract", release.getJsonArray("tag").getString(0));
        JsonObject awarded = release.getJsonArray("awards").getJsonObject(0);
        assertEquals("active", awarded.getString("status"));
        assertEquals("hearth-organisation-" + acorn.getId(), awarded.getJsonArray("suppliers").getJsonObject(0).getString("id"));
        // £1,200 a week for 36 months of 52 weeks a year.
        assertEquals(new BigDecimal("187200.00"), awarded.getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        assertEquals("2027-04-05T00:00:00+01:00", awarded.getJsonObject("contractPeriod").getString("startDate"));
        assertEquals(contractReference, release.getJsonArray("contracts").getJsonObject(0).getString("id"));
        assertEquals("hearth-organisation-" + council.getId(), release.getJsonObject("buyer").getString("id"));
        assertEquals(2, release.getJsonObject("tender").getInt("numberOfTenderers"));
    }

    @Test
    void onlyCouncilStaffReachTheEvaluationAndOnlyCommissionersEvaluate() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details(List.of(COMMISSIONER)));
        long id = competition.getId();
        List<Callable<?>> everyMethod = List.of(() -> evaluation.declare(id, false, null),
                () -> evaluation.bidsToEvaluate(id), () -> evaluation.score(id, 1, 1, 3, "Fine."),
                () -> evaluation.myScores(id), () -> evaluation.moderationSheet(id),
                () -> evaluation.moderate(id, 1, 1, 3, "Fine."), () -> evaluation.recordPassFail(id, 1, 1, true, null),
                () -> evaluation.ranking(id), () -> award.decideAward(id, 0),
                () -> award.concludeContract(id, 0, LocalDate.of(2027, 4, 5)), () -> award.contract(id),
                () -> exports.ocds(id, URI.create("https://hearth.example/ocds.json")), () -> exports.scoresCsv(id),
                () -> {
                    award.endStandstill(id);
                    return null;
                });
        for (Callable<?> method : everyMethod) {
            assertThrows(EJBAccessException.class, () -> asProvider.call(method));
        }
        for (Callable<?> method : everyMethod.subList(0, 10)) {
            assertThrows(EJBAccessException.class, () -> asContractManager.call(method));
        }
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(everyMethod.get(everyMethod.size() - 1)));
        assertNotNull(ocds(id));
    }

    private void submit(RoleCaller bidder, MiniCompetition competition, String marker, String price, Instant at)
            throws Exception {
        clock.fixAt(at);
        bidder.call(() -> bids.saveDraft(competition.getId(), CompetitionSamples.bid(competition, marker, new BigDecimal(price))));
        bidder.call(() -> bids.submit(competition.getId()));
    }

    private List<Bid> open(MiniCompetition competition) throws Exception {
        clock.fixAt(OPENING);
        return asCommissioner.call(() -> competitions.open(competition.getId()));
    }

    private void pass(long competitionId, long bidId, long questionId) throws Exception {
        asCommissioner.call(() -> evaluation.recordPassFail(competitionId, bidId, questionId, true, null));
    }

    /** The evaluator's scores for the two quality questions of the bid. */
    private void score(RoleCaller evaluator, MiniCompetition competition, long bidId, int siblings, int school)
            throws Exception {
        evaluator.call(() -> evaluation.score(competition.getId(), bidId, question(competition, 2), siblings, "Siblings: " + siblings));
        evaluator.call(() -> evaluation.score(competition.getId(), bidId, question(competition, 3), school, "School: " + school));
    }

    private void moderate(MiniCompetition competition, long bidId, int siblings, int school) throws Exception {
        asCommissioner.call(() -> evaluation.moderate(competition.getId(), bidId, question(competition, 2), siblings, "Agreed."));
        asCommissioner.call(() -> evaluation.moderate(competition.getId(), bidId, question(competition, 3), school, "Agreed."));
    }

    private void endStandstill(long competitionId) throws Exception {
        asAdmin.call(() -> {
            award.endStandstill(competitionId);
            return null;
        });
    }

    private long version(long competitionId) throws Exception {
        return asCommissioner.call(() -> competitions.overview(competitionId)).competition().getVersion();
    }

    private JsonObject ocds(long competitionId) throws Exception {
        return asContractManager.call(() -> exports.ocds(competitionId,
                URI.create("https://hearth.example/open-data/competitions/" + competitionId + ".json")));
    }

    private static List<JsonObject> releases(JsonObject releasePackage) {
        assertEquals("1.1", releasePackage.getString("version"));
        return releasePackage.getJsonArray("releases").getValuesAs(JsonObject.class);
    }

    /** The award letter emailed to {@code bidder}, as text. */
    private String letterTo(MiniCompetition competition, Organisation bidder) throws IOException {
        Notification notice = sent.about("outcome of mini-competition " + competition.getReference()).stream()
                .filter(n -> n.body().startsWith("Dear " + bidder.getDisplayName() + ",")).findFirst().orElseThrow();
        return PdfText.of(notice.attachments().get(0).content());
    }

    private static long question(MiniCompetition competition, int number) {
        return competition.getQuestions().get(number - 1).getId();
    }

    private static long bidOf(List<Bid> opened, Organisation bidder) {
        return opened.stream().filter(b -> b.getOrganisation().getId().equals(bidder.getId())).findFirst()
                .orElseThrow().getId();
    }

    private static <E extends BusinessException> E refused(Class<E> kind, RoleCaller caller, Callable<?> work) {
        return assertThrows(kind, () -> caller.call(work));
    }

    /** The messages of the Bean Validation constraints the call broke. */
    private static List<String> violations(RoleCaller caller, Callable<?> work) {
        EJBException refused = assertThrowsExactly(EJBException.class, () -> caller.call(work));
        return assertInstanceOf(ConstraintViolationException.class, refused.getCause()).getConstraintViolations()
                .stream().map(ConstraintViolation::getMessage).toList();
    }
}
