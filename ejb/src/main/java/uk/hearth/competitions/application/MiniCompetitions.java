package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidStatus;
import uk.hearth.competitions.domain.Clarification;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.CompetitionDocument;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.documents.domain.UploadPolicy;
import uk.hearth.lots.domain.Lot;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.RecordNotFoundException;
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

    @PersistenceContext
    private EntityManager em;

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
        return em.createNamedQuery(MiniCompetition.ALL, MiniCompetition.class).getResultList();
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition draft(@NotNull @Valid CompetitionDetails details) {
        // The reference comes from the id, which exists only once the row does.
        MiniCompetition competition = new MiniCompetition("new-" + UUID.randomUUID().toString().substring(0, 12),
                callers.act());
        competition.describe(details, lot(details.lotId()));
        em.persist(competition);
        em.flush();
        competition.assignReference("MC-" + Year.from(clock.today()) + "-" + String.format("%05d", competition.getId()));
        audit.record("competition.drafted", "MiniCompetition", competition.getId(), competition.getReference() + " drafted for "
                + competition.getLot().getName() + ": " + competition.getTitle());
        return competition;
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition update(long competitionId, long versionSeen, @NotNull @Valid CompetitionDetails details) {
        MiniCompetition competition = current(competitionId, versionSeen);
        competition.describe(details, lot(details.lotId()));
        audit.record("competition.updated", "MiniCompetition", competition.getId(), competition.getReference() + " draft changed");
        return competition;
    }

    /** Specification documents are checked like every upload and published with the competition. */
    @RolesAllowed(Roles.COMMISSIONER)
    public CompetitionDocument addSpecification(long competitionId, String fileName, @NotNull byte[] content) {
        MiniCompetition competition = find(competitionId);
        competition.requireDraft();
        StoredFile upload = UploadPolicy.check(fileName, content);
        store.put(upload, content);
        CompetitionDocument document = new CompetitionDocument(competition, upload, callers.act());
        em.persist(document);
        audit.record("competition.document-added", "MiniCompetition", competition.getId(), competition.getReference()
                + ": specification ‘" + document.getFile().fileName() + "’ added");
        return document;
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public DocumentDownload specification(long competitionId, long documentId) {
        return specificationOf(em, store, competitionId, documentId);
    }

    /**
     * Publishes the competition: seals it with a new data key, invites every provider admitted to the lot and not
     * suspended, tells each by email once the transaction commits, and sets the timer for the tender deadline.
     * Publishing again changes nothing, so a repeated click or a retried request never invites twice.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public CompetitionOverview publish(long competitionId, long versionSeen) {
        MiniCompetition competition = find(competitionId);
        if (competition.getStatus() != CompetitionStatus.DRAFT && competition.getStatus() != CompetitionStatus.CANCELLED) {
            return overview(competitionId);
        }
        requireVersion(competition, versionSeen);
        Act published = callers.act();
        Instant now = published.at();
        competition.publish(published, cipher.newSealingKey(competition));

        List<LotMembership> admitted = em.createNamedQuery(LotMembership.ADMITTED_TO_LOT, LotMembership.class)
                .setParameter("lotId", competition.getLot().getId()).getResultList();
        for (LotMembership membership : admitted) {
            Organisation organisation = membership.getOrganisation();
            em.persist(new Invitation(competition, organisation, now));
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
        em.flush();
        return overview(competitionId);
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public CompetitionOverview overview(long competitionId) {
        MiniCompetition competition = find(competitionId);
        competition.getLot().getName();
        competition.getQuestions().size();
        competition.getPanel().size();
        long submitted = em.createNamedQuery(Bid.COUNT_WITH_STATUS, Long.class).setParameter("competitionId", competitionId)
                .setParameter("status", BidStatus.SUBMITTED).getSingleResult();
        return new CompetitionOverview(competition,
                em.createNamedQuery(Invitation.OF_COMPETITION, Invitation.class).setParameter("competitionId", competitionId).getResultList(),
                em.createNamedQuery(CompetitionDocument.OF_COMPETITION, CompetitionDocument.class)
                        .setParameter("competitionId", competitionId).getResultList(),
                em.createNamedQuery(Clarification.OF_COMPETITION, Clarification.class)
                        .setParameter("competitionId", competitionId).getResultList(),
                submitted, competition.getOpened() == null);
    }

    /** Publishes the answer to every invited provider, by email too, without saying who asked. */
    @RolesAllowed(Roles.COMMISSIONER)
    public Clarification answerClarification(long competitionId, long clarificationId,
            @NotBlank(message = "Enter the answer.") @Size(max = Lengths.TEXT,
                    message = "The answer must be 4,000 characters or fewer.") String answer) {
        MiniCompetition competition = find(competitionId);
        Clarification clarification = em.find(Clarification.class, clarificationId);
        if (clarification == null || !clarification.getCompetition().getId().equals(competitionId)) {
            throw new RecordNotFoundException("The clarification question");
        }
        if (!competition.isOpenForBidsAt(clock.now())) {
            throw new BusinessException("Answers can be published only while " + competition.getReference() + " is open for bids.");
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
        closeAtDeadline(find(competitionId));
    }

    /**
     * Opens the bids after the tender deadline and records who opened them and when; later calls return the same
     * bids without a second opening. Before the deadline it is refused, whoever asks. It says who bid, never what:
     * the contents are read only by evaluators who have declared no conflict of interest
     * ({@link CompetitionEvaluation#bidsToEvaluate}).
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public List<Bid> open(long competitionId) {
        MiniCompetition competition = find(competitionId);
        competition.requireUnsealableAt(clock.now());
        closeAtDeadline(competition);
        if (competition.open(callers.act())) {
            Act opened = competition.getOpened();
            audit.record("competition.bids-opened", "MiniCompetition", competition.getId(), competition.getReference()
                    + ": bids opened by " + opened.username() + " at " + DeadlineWords.of(opened.at()));
        }
        List<Bid> tendered = tendered(competitionId);
        tendered.forEach(b -> b.getOrganisation().getLegalName());
        return tendered;
    }

    /** At any stage before the contract is concluded, with a reason every invited provider is told. */
    @RolesAllowed(Roles.COMMISSIONER)
    public CompetitionOverview cancel(long competitionId, long versionSeen,
            @NotBlank(message = "Record why the competition is cancelled.") @Size(max = Lengths.REASON,
                    message = "The reason must be 2,000 characters or fewer.") String reason) {
        MiniCompetition competition = current(competitionId, versionSeen);
        boolean published = competition.getStatus() != CompetitionStatus.DRAFT;
        competition.cancel(reason, callers.act());
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
        List<Bid> submitted = em.createNamedQuery(Bid.OF_COMPETITION, Bid.class).setParameter("competitionId", competition.getId())
                .getResultStream().filter(b -> b.getStatus() == BidStatus.SUBMITTED).toList();
        int invalid = 0;
        for (Bid bid : submitted) {
            if (!memberAt(bid.getOrganisation(), competition.getLot(), deadline)) {
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
     * Whether the organisation stood admitted on the lot at {@code deadline}. A membership that changed after the
     * deadline is judged by the standing it had; the deadline timer runs at the deadline, so that is exact.
     */
    private boolean memberAt(Organisation organisation, Lot lot, Instant deadline) {
        Optional<LotMembership> membership = em.createNamedQuery(LotMembership.FOR_LOT, LotMembership.class)
                .setParameter("organisationId", organisation.getId()).setParameter("lotId", lot.getId()).getResultStream().findFirst();
        return membership.map(m -> m.getStatus() == MembershipStatus.ADMITTED || m.getStatusChangedAt().isAfter(deadline))
                .orElse(false);
    }

    /** Bids tendered at the deadline: submitted, or found invalid then. Drafts and withdrawn bids are never opened. */
    private List<Bid> tendered(long competitionId) {
        return em.createNamedQuery(Bid.OF_COMPETITION, Bid.class).setParameter("competitionId", competitionId).getResultStream()
                .filter(Bid::isTendered).toList();
    }

    private void tellInvited(MiniCompetition competition, String subject, String body) {
        em.createNamedQuery(Invitation.OF_COMPETITION, Invitation.class).setParameter("competitionId", competition.getId())
                .getResultStream().forEach(i -> notices.tell(i.getOrganisation(), subject, body));
    }

    /** A specification document of a competition, for whoever the caller has already established may see it. */
    static DocumentDownload specificationOf(EntityManager em, DocumentStore store, long competitionId, long documentId) {
        CompetitionDocument document = em.find(CompetitionDocument.class, documentId);
        if (document == null || !document.getCompetition().getId().equals(competitionId)) {
            throw new RecordNotFoundException("The document");
        }
        return store.download(document.getFile());
    }

    private MiniCompetition current(long competitionId, long versionSeen) {
        MiniCompetition competition = find(competitionId);
        requireVersion(competition, versionSeen);
        return competition;
    }

    static void requireVersion(MiniCompetition competition, long versionSeen) {
        if (competition.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The competition " + competition.getReference());
        }
    }

    private Lot lot(long lotId) {
        Lot lot = em.find(Lot.class, lotId);
        if (lot == null) {
            throw new RecordNotFoundException("The lot");
        }
        return lot;
    }

    private MiniCompetition find(long competitionId) {
        MiniCompetition competition = em.find(MiniCompetition.class, competitionId);
        if (competition == null) {
            throw new RecordNotFoundException("The competition");
        }
        return competition;
    }
}
