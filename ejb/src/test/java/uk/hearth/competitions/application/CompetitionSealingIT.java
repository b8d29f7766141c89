package uk.hearth.competitions.application;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.SealedAttachment;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
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
import uk.hearth.testing.Samples;

/**
 * Bids are sealed until the tender deadline on every path: no council role reads them through the services, the
 * audit log holds nothing of them, and someone reading the database or the document store directly finds only
 * ciphertext. After the deadline the opening is recorded and the bids read back exactly.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class CompetitionSealingIT {

    private static final Money PRICE = Money.of("987654.31");
    private static final Money OTHER_PRICE = Money.of("876543.21");

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionEvaluation evaluation;

    @Inject
    private CompetitionBids bids;

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentStore store;

    @Inject
    private HearthClock clock;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private PublishedCompetitions publishedCompetitions;

    @Inject
    private RawDatabase database;

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

    /** A string no one else writes, to look for in everything the council or a database reader can see. */
    private String marker;
    private byte[] plan;
    private MiniCompetition competition;
    private long id;

    @BeforeEach
    void twoBidsSubmitted() throws Exception {
        clock.fixAt(CompetitionSamples.PUBLISHED);
        marker = "Zebracorn" + Samples.unique();
        plan = Samples.pdf("Sibling plan " + marker);
        admittedProviders.withFosteringHome("Sealed Fostering", asProvider);
        admittedProviders.withFosteringHome("Rival Fostering", asOtherProvider);
        competition = publishedCompetitions.of(CompetitionSamples.details());
        id = competition.getId();

        asProvider.call(() -> bids.saveDraft(id, CompetitionSamples.bid(competition, marker, PRICE.amount())));
        asProvider.call(() -> bids.attach(id, "sibling-plan-" + marker + ".pdf", plan));
        asProvider.call(() -> bids.submit(id));
        asOtherProvider.call(() -> bids.saveDraft(id, CompetitionSamples.bid(competition, "rival " + marker, OTHER_PRICE.amount())));
        asOtherProvider.call(() -> bids.submit(id));
    }

    @Test
    void beforeTheDeadlineTheCouncilLearnsOnlyHowManyBidsThereAre() throws Exception {
        clock.fixAt(CompetitionSamples.DEADLINE);
        for (RoleCaller council : List.of(asCommissioner, asContractManager, asAdmin)) {
            CompetitionOverview overview = council.call(() -> competitions.overview(id));
            assertEquals(2, overview.submittedBids());
            assertTrue(overview.sealed());
        }
        // Refused up to and including the deadline instant, whatever the role.
        WrongStateException sealed = assertThrows(WrongStateException.class, () -> asCommissioner.call(() -> competitions.open(id)));
        assertEquals("The bids for " + competition.getReference() + " stay sealed until the tender deadline, Monday 15 March 2027"
                + " at 12:00 (UK time).", sealed.getMessage());
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> competitions.open(id)));
        assertThrows(EJBAccessException.class, () -> asContractManager.call(() -> competitions.open(id)));
        MyBid mine = asProvider.call(() -> bids.myBid(id)).orElseThrow();
        String fileKey = mine.contents().attachments().get(0).key();
        assertThrows(BusinessException.class, () -> asCommissioner.call(() -> evaluation.bidAttachment(id, mine.bid().getId(), fileKey)));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> evaluation.bidAttachment(id, mine.bid().getId(), fileKey)));
        assertEquals(CompetitionStatus.PUBLISHED, asCommissioner.call(() -> competitions.overview(id)).competition().getStatus(),
                "a refused opening closes nothing");
    }

    @Test
    void aProviderReadsOnlyItsOwnBid() throws Exception {
        MyBid mine = asProvider.call(() -> bids.myBid(id)).orElseThrow();
        MyBid theirs = asOtherProvider.call(() -> bids.myBid(id)).orElseThrow();
        assertEquals(PRICE, mine.contents().price());
        assertEquals(OTHER_PRICE, theirs.contents().price());
        assertTrue(theirs.contents().attachments().isEmpty());
        String myFile = mine.contents().attachments().get(0).key();
        assertArrayEquals(plan, asProvider.call(() -> bids.attachment(id, myFile)).content());
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> bids.attachment(id, myFile)));
    }

    @Test
    void theAuditLogAndTheStoredDataHoldNothingOfTheBids() throws Exception {
        List<AuditLine> entries = asAdmin.call(() -> audit.search(new AuditQuery(null, null, null, null), 0, 100));
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("bid.submitted")));
        entries.forEach(e -> assertNoBidIn(e.getSummary()));

        String bidRows = database.text("select * from bid where competition_id = ?1", id);
        assertTrue(bidRows.contains("SUBMITTED"));
        assertNoBidIn(bidRows);
        assertNoBidIn(database.text("select * from mini_competition where id = ?1", id));
        assertNoBidIn(database.text("select summary from audit_entry union all select summary from audit_pending"));

        SealedAttachment file = asProvider.call(() -> bids.myBid(id)).orElseThrow().contents().attachments().get(0);
        byte[] stored = store.get(file.key());
        assertNoBidIn(new String(stored, ISO_8859_1));
        assertFalse(new String(stored, 0, 5, ISO_8859_1).equals("%PDF-"));
    }

    @Test
    void whoIsBiddingIsWithheldFromTheLogUntilTheBidsAreOpened() throws Exception {
        String myBid = Long.toString(asProvider.call(() -> bids.myBid(id)).orElseThrow().bid().getId());
        String bidder = RoleCaller.username("provider");

        List<AuditLine> sealed = bidEntries();
        assertFalse(sealed.isEmpty());
        sealed.forEach(e -> {
            assertEquals("a provider", e.getActor());
            assertNull(e.getOrganisation());
            assertNull(e.getEntityId(), "a bid's id would say whose it is");
            assertTrue(e.getSummary().contains(competition.getReference()), e.getSummary());
        });
        assertTrue(asAdmin.call(() -> audit.search(new AuditQuery(bidder, null, null, null), 0, 100)).stream()
                .noneMatch(e -> e.getEntityType().equals("Bid")), "a search by user lists none of the user's bid entries");
        assertEquals(0, asAdmin.call(() -> audit.count(new AuditQuery(bidder, "bid.", null, null))));

        clock.fixAt(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.HOURS));
        asCommissioner.call(() -> competitions.open(id));
        assertTrue(bidEntries().stream().anyMatch(e -> bidder.equals(e.getActor()) && myBid.equals(e.getEntityId())),
                "once the bids are opened, the log says who did what");
    }

    private List<AuditLine> bidEntries() throws Exception {
        return asAdmin.call(() -> audit.search(new AuditQuery(null, "bid.", "Bid", null), 0, 100)).stream()
                .filter(e -> e.getSummary().contains(competition.getReference())).toList();
    }

    @Test
    void afterTheDeadlineTheOpeningIsRecordedOnceAndTheBidsReadBackExactly() throws Exception {
        clock.fixAt(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.HOURS));
        // Opening says who bid, not what: the contents are for an evaluator who has declared no conflict.
        List<Bid> tendered = asCommissioner.call(() -> competitions.open(id));
        assertEquals(2, tendered.size());
        // Not before the evaluator has declared.
        assertThrows(NotAllowedException.class, () -> asCommissioner.call(() -> evaluation.bidsToEvaluate(id)));
        asCommissioner.call(() -> evaluation.declare(id, false, null));
        List<OpenedBid> opened = asCommissioner.call(() -> evaluation.bidsToEvaluate(id));
        assertEquals(List.of(PRICE, OTHER_PRICE), opened.stream().map(b -> b.contents().price()).toList());
        BidDraft sent = CompetitionSamples.bid(competition, marker, PRICE.amount());
        assertEquals(sent.answers(), opened.get(0).contents().answers());
        assertEquals(BidContents.empty().with(sent).breakdown(), opened.get(0).contents().breakdown());
        SealedAttachment file = opened.get(0).contents().attachments().get(0);
        assertEquals("sibling-plan-" + marker + ".pdf", file.fileName());
        DocumentDownload download = asCommissioner.call(() -> evaluation.bidAttachment(id, opened.get(0).bid().getId(), file.key()));
        assertArrayEquals(plan, download.content());
        assertEquals("application/pdf", download.mediaType());

        CompetitionOverview overview = asCommissioner.call(() -> competitions.overview(id));
        assertFalse(overview.sealed());
        assertEquals(new Act(RoleCaller.username("commissioner"), clock.now()), overview.competition().getOpened());

        clock.fixAt(CompetitionSamples.DEADLINE.plus(2, ChronoUnit.HOURS));
        assertEquals(2, asCommissioner.call(() -> competitions.open(id)).size());
        List<AuditLine> openings = asCommissioner.call(() -> audit.historyOf("MiniCompetition", List.of(Long.toString(id))))
                .stream().filter(e -> e.getAction().equals("competition.bids-opened")).toList();
        assertEquals(1, openings.size(), "a second reading is not a second opening");
        assertEquals(RoleCaller.username("commissioner"), openings.get(0).getActor());
        assertEquals(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.HOURS), openings.get(0).getOccurredAt());
    }

    @Test
    void sealedContentsMovedFromOneBidToAnotherAreRefused() throws Exception {
        long mine = asProvider.call(() -> bids.myBid(id)).orElseThrow().bid().getId();
        long theirs = asOtherProvider.call(() -> bids.myBid(id)).orElseThrow().bid().getId();
        // Someone with write access to the database copies the rival's sealed bid over this provider's.
        database.update("update bid set sealed_iv = (select sealed_iv from bid where id = ?2),"
                + " sealed_contents = (select sealed_contents from bid where id = ?2) where id = ?1", mine, theirs);

        clock.fixAt(CompetitionSamples.DEADLINE.plus(1, ChronoUnit.HOURS));
        asCommissioner.call(() -> competitions.open(id));
        asCommissioner.call(() -> evaluation.declare(id, false, null));
        EJBException refused = assertThrows(EJBException.class, () -> asCommissioner.call(() -> evaluation.bidsToEvaluate(id)));
        assertTrue(Stream.iterate((Throwable) refused, t -> t != null, Throwable::getCause)
                .anyMatch(SealBrokenException.class::isInstance), () -> "not a broken seal: " + refused);
    }

    private void assertNoBidIn(String text) {
        assertFalse(text.contains(marker), "a bid's answers or file name were readable");
        assertFalse(text.contains(PRICE.plain()) || text.contains(OTHER_PRICE.plain()), "a bid's price was readable");
        assertFalse(text.contains("Carers' fees"), "a bid's price breakdown was readable");
    }
}
