package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidRepository;
import uk.hearth.competitions.domain.BidStatus;
import uk.hearth.competitions.domain.Clarification;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.CompetitionDocument;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.MiniCompetitionRepository;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.documents.domain.UploadPolicy;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Act;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;

/**
 * The commissioner's side of mini-competitions. Publishing invites every admitted, unsuspended provider of the
 * lot, and offers no way to leave one out. Before the tender deadline the council learns only how many bids are
 * in; the audit entries written here never carry a bid's contents or price.
 */
@Stateless
public class MiniCompetitions {

    static final String SUSPENDED_AT_DEADLINE = "The provider was not an admitted, unsuspended member of the lot at the tender deadline.";

    @Inject
    private MiniCompetitionRepository competitions;

    @Inject
    private BidRepository bids;

    @Inject
    private LotRepository lots;

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private HearthClock clock;

    @Inject
    private DocumentStore store;

    @Inject
    private BidCipher cipher;

    @Inject
    private CompetitionDeadlines deadlines;

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<MiniCompetition> list() {
        return competitions.allWithLots();
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition draft(@NotNull @Valid CompetitionDetails details) {
        MiniCompetition competition = new MiniCompetition(competitions.nextReference(Year.from(clock.today())),
                callers.act());
        competition.describe(details, lots.get(details.lotId()));
        competitions.add(competition);
        audit.record("competition.drafted", "MiniCompetition", competition.getId(), competition.getReference() + " drafted for "
                + competition.getLot().getName() + ": " + competition.getTitle());
        return competition;
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition update(long competitionId, long versionSeen, @NotNull @Valid CompetitionDetails details) {
        MiniCompetition competition = competitions.getForChange(competitionId, versionSeen);
        competition.describe(details, lots.get(details.lotId()));
        competitions.checkCurrent(competition);
        audit.record("competition.updated", "MiniCompetition", competition.getId(), competition.getReference() + " draft changed");
        return competition;
    }

    /** Specification documents are checked like every upload and published with the competition. */
    @RolesAllowed(Roles.COMMISSIONER)
    public CompetitionDocument addSpecification(long competitionId, String fileName, @NotNull byte[] content) {
        MiniCompetition competition = competitions.get(competitionId);
        competition.requireDraft();
        StoredFile upload = UploadPolicy.check(fileName, content);
        store.put(upload, content);
        CompetitionDocument document = new CompetitionDocument(competition, upload, callers.act());
        competitions.addDocument(document);
        audit.record("competition.document-added", "MiniCompetition", competition.getId(), competition.getReference()
                + ": specification ‘" + document.getFile().fileName() + "’ added");
        return document;
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public DocumentDownload specification(long competitionId, long documentId) {
        return store.download(competitions.getDocument(competitionId, documentId).getFile());
    }

    /**
     * Publishes the competition: seals it with a new data key, invites every provider admitted to the lot and not
     * suspended, tells each by email once the transaction commits, and sets the timer for the tender deadline.
     * Publishing again changes nothing, so a repeated click or a retried request never invites twice.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public CompetitionOverview publish(long competitionId, long versionSeen) {
        MiniCompetition competition = competitions.get(competitionId);
        if (competition.getStatus() != CompetitionStatus.DRAFT && competition.getStatus() != CompetitionStatus.CANCELLED) {
            return overview(competitionId);
        }
        competition = competitions.getForChange(competitionId, versionSeen);
        Act published = callers.act();
        competition.publish(published, cipher.newSealingKey(competition));

        List<LotMembership> admitted = memberships.admittedToLot(competition.getLot().getId());
        for (LotMembership membership : admitted) {
            Organisation organisation = membership.getOrganisation();
            competitions.addInvitation(new Invitation(competition, organisation, published.at()));
            notices.tell(organisation, "invitation to bid: " + competition.getReference(),
                    "The council invites you to bid in the mini-competition " + competition.getReference() + ", ‘"
                            + competition.getTitle() + "’, for " + competition.getLot().getName() + ". Questions by "
                            + DeadlineWords.of(competition.getClarificationDeadline()) + "; bids by "
                            + DeadlineWords.of(competition.getTenderDeadline()) + " (UK time). Every admitted provider of"
                            + " the lot is invited.");
        }
        deadlines.schedule(competition);
        audit.record("competition.published", "MiniCompetition", competition.getId(), competition.getReference()
                + " published on " + competition.getLot().getName() + ": " + admitted.size() + " providers invited; bids due by "
                + DeadlineWords.of(competition.getTenderDeadline())
                + (competition.getShortPeriodReason() == null ? "" : "; shorter tender period because: "
                        + competition.getShortPeriodReason()));
        competitions.checkCurrent(competition);
        return overview(competitionId);
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public CompetitionOverview overview(long competitionId) {
        MiniCompetition competition = competitions.getForOverview(competitionId);
        return new CompetitionOverview(competition, competitions.invitationsOf(competitionId),
                competitions.documentsOf(competitionId), competitions.clarificationsOf(competitionId),
                bids.countWithStatus(competitionId, BidStatus.SUBMITTED), competition.getOpened() == null);
    }

    /** Publishes the answer to every invited provider, by email too, without saying who asked. */
    @RolesAllowed(Roles.COMMISSIONER)
    public Clarification answerClarification(long competitionId, long clarificationId,
            @NotBlank(message = "Enter the answer.") @Size(max = Lengths.TEXT,
                    message = "The answer must be 4,000 characters or fewer.") String answer) {
        MiniCompetition competition = competitions.get(competitionId);
        Clarification clarification = competitions.getClarification(competitionId, clarificationId);
        if (!competition.isOpenForBidsAt(clock.now())) {
            throw new WrongStateException("Answers can be published only while " + competition.getReference() + " is open for bids.");
        }
        clarification.answer(answer, callers.act());
        tellInvited(competition, "clarification published for " + competition.getReference(),
                "The council has answered a question about " + competition.getReference() + ".\n\nQuestion: "
                        + clarification.getQuestion() + "\n\nAnswer: " + clarification.getAnswer());
        audit.record("competition.clarification-published", "MiniCompetition", competition.getId(),
                competition.getReference() + ": answer to clarification " + clarification.getId() + " published to all invited providers");
        return clarification;
    }

    /**
     * At the tender deadline (the deadline timer calls it): closes the competition and marks invalid the bids of
     * providers that were suspended from, or removed from, the lot by then.
     */
    @RolesAllowed(Roles.ADMIN)
    public void close(long competitionId) {
        closeAtDeadline(competitions.get(competitionId));
    }

    /**
     * Opens the bids after the tender deadline and records who opened them and when; later calls return the same
     * bids without a second opening. Before the deadline it is refused, whoever asks. It says who bid, never what:
     * the contents are read only by evaluators who have declared no conflict of interest
     * ({@link CompetitionEvaluation#bidsToEvaluate}).
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public List<Bid> open(long competitionId) {
        MiniCompetition competition = competitions.get(competitionId);
        competition.requireUnsealableAt(clock.now());
        closeAtDeadline(competition);
        if (competition.open(callers.act())) {
            Act opened = competition.getOpened();
            audit.record("competition.bids-opened", "MiniCompetition", competition.getId(), competition.getReference()
                    + ": bids opened by " + opened.username() + " at " + DeadlineWords.of(opened.at()));
        }
        return bids.tenderedIn(competitionId);
    }

    /** At any stage before the contract is concluded, with a reason every invited provider is told. */
    @RolesAllowed(Roles.COMMISSIONER)
    public CompetitionOverview cancel(long competitionId, long versionSeen,
            @NotBlank(message = "Record why the competition is cancelled.") @Size(max = Lengths.REASON,
                    message = "The reason must be 2,000 characters or fewer.") String reason) {
        MiniCompetition competition = competitions.getForChange(competitionId, versionSeen);
        boolean published = competition.getStatus() != CompetitionStatus.DRAFT;
        competition.cancel(reason, callers.act());
        competitions.checkCurrent(competition);
        deadlines.cancel(competitionId);
        if (published) {
            tellInvited(competition, "competition " + competition.getReference() + " cancelled",
                    "The council has cancelled the mini-competition " + competition.getReference() + ", ‘"
                            + competition.getTitle() + "’.\n\nReason: " + competition.getCancelReason());
        }
        audit.record("competition.cancelled", "MiniCompetition", competition.getId(), competition.getReference()
                + " cancelled: " + competition.getCancelReason());
        return overview(competitionId);
    }

    private void closeAtDeadline(MiniCompetition competition) {
        Instant deadline = competition.getTenderDeadline();
        if (!competition.close(clock.now())) {
            return;
        }
        List<Bid> submitted = bids.submittedIn(competition.getId());
        int invalid = 0;
        for (Bid bid : submitted) {
            if (!memberAt(bid.getOrganisation(), competition, deadline)) {
                bid.invalidate(SUSPENDED_AT_DEADLINE);
                notices.tell(bid.getOrganisation(), "your bid for " + competition.getReference() + " is invalid",
                        "Your bid for " + competition.getReference() + " cannot be evaluated. " + SUSPENDED_AT_DEADLINE);
                invalid++;
            }
        }
        audit.record("competition.closed", "MiniCompetition", competition.getId(), competition.getReference()
                + " closed at its tender deadline, " + DeadlineWords.of(deadline) + ": " + submitted.size()
                + " bids submitted, " + invalid + " of them invalid");
    }

    /**
     * Whether the organisation stood admitted on the competition's lot at {@code deadline}. A membership that
     * changed after the deadline is judged by the standing it had; the deadline timer runs at the deadline, so that
     * is exact.
     */
    private boolean memberAt(Organisation organisation, MiniCompetition competition, Instant deadline) {
        return memberships.findForLot(organisation.getId(), competition.getLot().getId())
                .map(m -> m.getStatus() == MembershipStatus.ADMITTED || m.getStatusChangedAt().isAfter(deadline))
                .orElse(false);
    }

    private void tellInvited(MiniCompetition competition, String subject, String body) {
        competitions.invitationsOf(competition.getId()).forEach(i -> notices.tell(i.getOrganisation(), subject, body));
    }
}
