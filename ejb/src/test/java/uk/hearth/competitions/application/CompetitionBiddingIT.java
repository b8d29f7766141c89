package uk.hearth.competitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.BidStatus;
import uk.hearth.competitions.domain.Clarification;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.TenderDeadlinePassedException;
import uk.hearth.onboarding.application.MembershipAdministration;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.Admissions;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.CompetitionSamples;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PublishedCompetitions;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.SentNotices;
import uk.hearth.testing.TestOrganisations;

/**
 * Publication invites every admitted, unsuspended provider of the lot and no other; invited providers ask
 * questions, bid, withdraw and bid again until the tender deadline by the server's clock, and a bidder suspended
 * before the deadline has its bid marked invalid at it.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class CompetitionBiddingIT {

    private static final String ADMITTED_ROWS = "select count(*) from lot_membership where lot_id = ?1 and status = 'ADMITTED'";
    private static final String INVITATION_ROWS = "select count(*) from competition_invitation where competition_id = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionBids bids;

    @Inject
    private CompetitionDeadlines deadlines;

    @Inject
    private MembershipAdministration memberships;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Admissions admissions;

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
    private AsCommissioner asCommissioner;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private AsAdmin asAdmin;

    private Organisation provider;

    @BeforeEach
    void admittedProvider() throws Exception {
        clock.fixAt(CompetitionSamples.PUBLISHED);
        provider = admittedProviders.withFosteringHome("Bidding Fostering", asProvider).organisation();
    }

    @Test
    void everyAdmittedUnsuspendedProviderOfTheLotIsInvitedAndNoOther() throws Exception {
        AdmittedProvider suspendedProvider = admittedProviders.withFosteringHome("Suspended Fostering", asOtherProvider);
        suspend(suspendedProvider.membership());
        Organisation suspended = suspendedProvider.organisation();
        Organisation notAdmitted = organisations.provider("Applicant Fostering", AsOtherProvider.USERNAME);
        admissions.submitted(asOtherProvider);

        MiniCompetition draft = draft(CompetitionSamples.details());
        long id = draft.getId();
        CompetitionOverview published = asCommissioner.call(() -> competitions.publish(id, draft.getVersion()));

        List<Long> invited = published.invitations().stream().map(i -> i.getOrganisation().getId()).toList();
        assertTrue(invited.contains(provider.getId()));
        assertFalse(invited.contains(suspended.getId()));
        assertFalse(invited.contains(notAdmitted.getId()));
        // Every admitted member of the lot, including earlier tests' providers on the shared database.
        assertEquals(database.count(ADMITTED_ROWS, CompetitionSamples.details().lotId()), invited.size());
        String reference = published.competition().getReference();
        assertEquals(invited.size(), sent.about("invitation to bid: " + reference).size());
        assertTrue(sent.addresseesOf("invitation to bid: " + reference).contains(provider.getDisplayName()));
        assertFalse(sent.addresseesOf("invitation to bid: " + reference).contains(suspended.getDisplayName()));
        assertEquals(List.of(new CompetitionDeadlines.Due(id)), asAdmin.call(() -> deadlines.scheduledFor(id)));

        assertTrue(asProvider.call(bids::invitations).stream().map(Invitation::getCompetition)
                .anyMatch(c -> c.getId() == id));
        assertEquals(3, asProvider.call(() -> bids.competition(id)).competition().getQuestions().size());
        assertFalse(asOtherProvider.call(bids::invitations).stream().anyMatch(i -> i.getCompetition().getId() == id));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> bids.competition(id)));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> bids.saveDraft(id,
                CompetitionSamples.bid(draft, "uninvited", BigDecimal.TEN))));

        // A second click invites nobody twice and sends nothing more.
        asCommissioner.call(() -> competitions.publish(id, draft.getVersion()));
        assertEquals(invited.size(), database.count(INVITATION_ROWS, id));
        assertEquals(invited.size(), sent.about("invitation to bid: " + reference).size());
    }

    @Test
    void publishingChecksTheEvaluationModelAndTheMinimumTenderPeriod() throws Exception {
        Instant nineDays = CompetitionSamples.PUBLISHED.plus(9, ChronoUnit.DAYS);
        MiniCompetition shortPeriod = draft(CompetitionSamples.details(CompetitionSamples.CLARIFY_BY, nineDays, null));
        BusinessException tooShort = assertThrows(BusinessException.class,
                () -> asCommissioner.call(() -> competitions.publish(shortPeriod.getId(), shortPeriod.getVersion())));
        assertEquals("The tender deadline must be at least 10 days after publication, that is no earlier than Thursday 11 March"
                + " 2027 at 09:00 (UK time), unless you record the reason for a shorter period.", tooShort.getMessage());
        assertEquals(0, database.count(INVITATION_ROWS, shortPeriod.getId()));

        MiniCompetition reasoned = asCommissioner.call(() -> competitions.update(shortPeriod.getId(), shortPeriod.getVersion(),
                CompetitionSamples.details(CompetitionSamples.CLARIFY_BY, nineDays, "Current contract ends on 31 March.")));
        assertEquals(CompetitionStatus.PUBLISHED, asCommissioner.call(() -> competitions.publish(reasoned.getId(),
                reasoned.getVersion())).competition().getStatus());

        CompetitionDetails sample = CompetitionSamples.details();
        MiniCompetition heavy = draft(new CompetitionDetails(sample.title(), sample.lotId(), sample.description(), sample.contract(),
                50, sample.priceScoring(), sample.questions(), sample.clarificationDeadline(), sample.tenderDeadline(), null,
                sample.standstillMode(), sample.panel()));
        assertEquals("The price and quality weights add up to 110; they must add up to 100.", assertThrows(BusinessException.class,
                () -> asCommissioner.call(() -> competitions.publish(heavy.getId(), heavy.getVersion()))).getMessage());

        MiniCompetition lateQuestions = draft(CompetitionSamples.details(CompetitionSamples.DEADLINE, CompetitionSamples.DEADLINE, null));
        assertEquals("The clarification deadline must come before the tender deadline.", assertThrows(BusinessException.class,
                () -> asCommissioner.call(() -> competitions.publish(lateQuestions.getId(), lateQuestions.getVersion()))).getMessage());
    }

    @Test
    void aBidIsCheckedThenTakenUpToTheDeadlineAndCanBeWithdrawnAndSubmittedAgainUntilThen() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details());
        long id = competition.getId();
        BidDraft complete = CompetitionSamples.bid(competition, "keeping siblings together", new BigDecimal("812345.67"));

        MyBid saved = asProvider.call(() -> bids.saveDraft(id, new BidDraft(complete.answers(), null, List.of())));
        assertEquals(BidStatus.DRAFT, saved.bid().getStatus());
        assertEquals(Optional.of("price"),
                assertThrows(BusinessException.class, () -> asProvider.call(() -> bids.submit(id))).field());

        long qualityQuestion = competition.getQuestions().get(1).getId();
        Map<Long, String> tooLong = new HashMap<>(complete.answers());
        tooLong.put(qualityQuestion, CompetitionSamples.words(CompetitionSamples.QUALITY_WORD_LIMIT + 1));
        asProvider.call(() -> bids.saveDraft(id, new BidDraft(tooLong, complete.price(), complete.breakdown())));
        assertEquals("Your answer to question 2 has 51 words; the limit is 50.",
                assertThrows(BusinessException.class, () -> asProvider.call(() -> bids.submit(id))).getMessage());

        asProvider.call(() -> bids.saveDraft(id, complete));
        clock.fixAt(CompetitionSamples.DEADLINE.minus(1, ChronoUnit.DAYS));
        MyBid submitted = asProvider.call(() -> bids.submit(id));
        assertEquals(BidStatus.SUBMITTED, submitted.bid().getStatus());
        assertEquals(clock.now(), submitted.bid().getSubmittedAt());
        assertEquals(Money.of(complete.price()), submitted.contents().price());
        assertEquals(1, sent.about("bid received for " + competition.getReference()).size());
        // Submitted: withdrawn first to change it.
        assertThrows(WrongStateException.class, () -> asProvider.call(() -> bids.saveDraft(id, complete)));

        assertEquals(BidStatus.WITHDRAWN, asProvider.call(() -> bids.withdraw(id)).bid().getStatus());
        assertEquals(0, asCommissioner.call(() -> competitions.overview(id)).submittedBids());
        BidDraft cheaper = CompetitionSamples.bid(competition, "keeping siblings together", new BigDecimal("799999.99"));
        asProvider.call(() -> bids.saveDraft(id, cheaper));
        // The deadline instant itself is still in time.
        clock.fixAt(CompetitionSamples.DEADLINE);
        MyBid again = asProvider.call(() -> bids.submit(id));
        assertEquals(CompetitionSamples.DEADLINE, again.bid().getSubmittedAt());
        assertEquals(Money.of(cheaper.price()), asProvider.call(() -> bids.myBid(id)).orElseThrow().contents().price());
        assertEquals(1, asCommissioner.call(() -> competitions.overview(id)).submittedBids());

        clock.fixAt(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.MICROS));
        TenderDeadlinePassedException late = assertThrows(TenderDeadlinePassedException.class,
                () -> asProvider.call(() -> bids.withdraw(id)));
        assertInstanceOf(DeadlinePassedException.class, late);
        assertEquals("The tender deadline for " + competition.getReference() + " passed on Monday 15 March 2027 at 12:00"
                + " (UK time), so your bid was not accepted.", late.getMessage());
        assertThrows(TenderDeadlinePassedException.class, () -> asProvider.call(() -> bids.saveDraft(id, complete)));
        assertThrows(TenderDeadlinePassedException.class, () -> asProvider.call(() -> bids.submit(id)));
        assertEquals(BidStatus.SUBMITTED, asProvider.call(() -> bids.myBid(id)).orElseThrow().bid().getStatus());
    }

    @Test
    void aBidderSuspendedBeforeTheDeadlineHasItsBidMarkedInvalidAtTheDeadline() throws Exception {
        LotMembership otherMembership = admittedProviders.withFosteringHome("Suspended Bidder", asOtherProvider).membership();
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details());
        long id = competition.getId();
        submit(asProvider, competition, "valid bidder");
        submit(asOtherProvider, competition, "suspended bidder");
        clock.fixAt(CompetitionSamples.DEADLINE.minus(2, ChronoUnit.HOURS));
        suspend(otherMembership);

        clock.fixAt(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.MINUTES));
        asAdmin.call(() -> {
            competitions.close(id);
            return null;
        });
        assertEquals(CompetitionStatus.CLOSED, asCommissioner.call(() -> competitions.overview(id)).competition().getStatus());
        MyBid invalid = asOtherProvider.call(() -> bids.myBid(id)).orElseThrow();
        assertEquals(BidStatus.INVALID, invalid.bid().getStatus());
        assertEquals(MiniCompetitions.SUSPENDED_AT_DEADLINE, invalid.bid().getInvalidReason());
        assertEquals(1, sent.about("your bid for " + competition.getReference() + " is invalid").size());
        assertEquals(BidStatus.SUBMITTED, asProvider.call(() -> bids.myBid(id)).orElseThrow().bid().getStatus());

        List<Bid> opened = asCommissioner.call(() -> competitions.open(id));
        assertEquals(List.of(BidStatus.SUBMITTED, BidStatus.INVALID), opened.stream().map(Bid::getStatus).toList());
    }

    @Test
    void clarificationsAreAnsweredToEveryInvitedProviderWithoutSayingWhoAsked() throws Exception {
        admittedProviders.withFosteringHome("Asking Fostering", asOtherProvider);
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details());
        long id = competition.getId();

        asOtherProvider.call(() -> {
            bids.ask(id, "Is respite care included in the bed price?");
            return null;
        });
        assertTrue(asProvider.call(() -> bids.clarifications(id)).isEmpty(), "unanswered questions are not published");
        List<Clarification> asked = asCommissioner.call(() -> competitions.overview(id)).clarifications();
        assertEquals(1, asked.size());
        asCommissioner.call(() -> competitions.answerClarification(id, asked.get(0).getId(), "Yes: two weeks a year."));

        List<PublishedClarification> published = asProvider.call(() -> bids.clarifications(id));
        assertEquals(List.of(new PublishedClarification(asked.get(0).getId(), "Is respite care included in the bed price?",
                "Yes: two weeks a year.", clock.now())), published);
        assertEquals(published, asProvider.call(() -> bids.competition(id)).clarifications());
        List<String> told = sent.addresseesOf("clarification published for " + competition.getReference());
        assertTrue(told.contains(provider.getDisplayName()));
        assertTrue(sent.about("clarification published for " + competition.getReference()).stream()
                .map(n -> n.body().substring(n.body().indexOf("\n\n"))).noneMatch(text -> text.contains("Asking Fostering")));

        clock.fixAt(CompetitionSamples.CLARIFY_BY.plus(1, ChronoUnit.MICROS));
        assertEquals("Clarification questions for " + competition.getReference() + " closed on Monday 8 March 2027 at 12:00 (UK time).",
                assertThrows(DeadlinePassedException.class, () -> asProvider.call(() -> {
                    bids.ask(id, "Too late?");
                    return null;
                })).getMessage());
    }

    @Test
    void cancellingTellsTheInvitedEndsBiddingAndKeepsTheBidsSealed() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details());
        long id = competition.getId();
        submit(asProvider, competition, "cancelled bid");
        long version = asCommissioner.call(() -> competitions.overview(id)).competition().getVersion();

        CompetitionOverview cancelled = asCommissioner.call(() -> competitions.cancel(id, version, "The budget was withdrawn."));
        assertEquals(CompetitionStatus.CANCELLED, cancelled.competition().getStatus());
        assertEquals("The budget was withdrawn.", cancelled.competition().getCancelReason());
        assertTrue(sent.addresseesOf("competition " + competition.getReference() + " cancelled").contains(provider.getDisplayName()));
        assertTrue(asAdmin.call(() -> deadlines.scheduledFor(id)).isEmpty());
        assertThrows(WrongStateException.class, () -> asProvider.call(() -> bids.withdraw(id)));

        clock.fixAt(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.DAYS));
        // Cancelled before they were opened.
        assertThrows(WrongStateException.class, () -> asCommissioner.call(() -> competitions.open(id)));
    }

    @Test
    void eachSideReachesOnlyItsOwnMethods() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details());
        long id = competition.getId();
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> competitions.draft(CompetitionSamples.details())));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> competitions.publish(id, 0)));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> competitions.overview(id)));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> competitions.open(id)));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> competitions.cancel(id, 0, "No.")));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> competitions.answerClarification(id, 1, "No.")));
        assertThrows(EJBAccessException.class, () -> asProvider.call(competitions::list));
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(() -> bids.saveDraft(id,
                CompetitionSamples.bid(competition, "council", BigDecimal.ONE))));
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(() -> bids.myBid(id)));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> bids.invitations()));
        assertThrows(EJBAccessException.class, () -> asContractManager.call(() -> competitions.draft(CompetitionSamples.details())));
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(() -> {
            competitions.close(id);
            return null;
        }));
    }

    /** A draft keeps whatever is typed: the page sends unanswered questions and half-typed lines as nulls. */
    @Test
    void aDraftSavesOneAnswerAndAHalfTypedLineAndOnlySubmissionAsksForTheRest() throws Exception {
        MiniCompetition competition = publishedCompetitions.of(CompetitionSamples.details());
        long id = competition.getId();
        Map<Long, String> oneAnswer = new HashMap<>();
        competition.getQuestions().forEach(q -> oneAnswer.put(q.getId(), null));
        long first = competition.getQuestions().get(0).getId();
        oneAnswer.put(first, "Yes.");

        MyBid saved = asProvider.call(() -> bids.saveDraft(id, new BidDraft(oneAnswer, new BigDecimal("900"),
                List.of(new BidDraft.Line("Staffing", null)))));
        assertEquals(Map.of(first, "Yes."), saved.contents().answers());
        assertEquals(1, saved.contents().breakdown().size());

        Map<Long, String> everyAnswer = CompetitionSamples.answers(competition, q -> "Yes, answered.");
        asProvider.call(() -> bids.saveDraft(id, new BidDraft(everyAnswer, new BigDecimal("900"),
                List.of(new BidDraft.Line("Staffing", null)))));
        assertEquals(Optional.of("breakdown"),
                assertThrows(BusinessException.class, () -> asProvider.call(() -> bids.submit(id))).field());
    }

    private MiniCompetition draft(CompetitionDetails details) throws Exception {
        return asCommissioner.call(() -> competitions.draft(details));
    }

    private void submit(RoleCaller bidder, MiniCompetition competition, String marker) throws Exception {
        bidder.call(() -> bids.saveDraft(competition.getId(), CompetitionSamples.bid(competition, marker, new BigDecimal("700000.00"))));
        bidder.call(() -> bids.submit(competition.getId()));
    }

    private void suspend(LotMembership membership) throws Exception {
        asCommissioner.call(() -> memberships.suspend(membership.getId(), membership.getVersion(), "Insurance lapsed."));
    }
}
