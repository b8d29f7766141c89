package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.BidRepository;
import uk.hearth.competitions.domain.Clarification;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.MiniCompetitionRepository;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.documents.domain.UploadPolicy;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;

/**
 * The provider's side: competitions its organisation was invited to, clarification questions, and its one bid,
 * kept sealed from everyone else. A competition the organisation was not invited to is "not found", whatever its
 * id; every change to a bid is refused after the tender deadline by the server's clock. Audit entries name the
 * action, never what the bid says or costs.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class CompetitionBids {

    @Inject
    private MiniCompetitionRepository competitions;

    @Inject
    private BidRepository bids;

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
    private SealedBids sealedBids;

    @RolesAllowed(Roles.PROVIDER)
    public List<Invitation> invitations() {
        return competitions.invitationsOfOrganisation(callers.requireOrganisation().getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public InvitedCompetition competition(long competitionId) {
        // Only through the invitation: to anyone else it is "not found".
        invitationTo(competitionId);
        MiniCompetition competition = competitions.getForBidders(competitionId);
        Instant now = clock.now();
        boolean open = competition.isOpenForBidsAt(now);
        return new InvitedCompetition(competition, competitions.documentsOf(competitionId), clarifications(competitionId),
                open, open && !now.isAfter(competition.getClarificationDeadline()));
    }

    @RolesAllowed(Roles.PROVIDER)
    public DocumentDownload specification(long competitionId, long documentId) {
        invitationTo(competitionId);
        return store.download(competitions.getDocument(competitionId, documentId).getFile());
    }

    /** Asked privately; the council answers it to every invited provider without saying who asked. */
    @RolesAllowed(Roles.PROVIDER)
    public void ask(long competitionId, @NotBlank(message = "Enter your question.") @Size(max = Clarification.QUESTION_LENGTH,
            message = "A question must be 2,000 characters or fewer.") String question) {
        Invitation invitation = invitationTo(competitionId);
        MiniCompetition competition = invitation.getCompetition();
        competition.requireOpenForQuestionsAt(clock.now());
        Clarification clarification = new Clarification(competition, invitation.getOrganisation(), question, clock.now());
        competitions.addClarification(clarification);
        audit.record("competition.clarification-asked", "MiniCompetition", competition.getId(), competition.getReference()
                + ": clarification question " + clarification.getId() + " asked");
    }

    @RolesAllowed(Roles.PROVIDER)
    public List<PublishedClarification> clarifications(long competitionId) {
        invitationTo(competitionId);
        return competitions.publishedClarificationsOf(competitionId).stream()
                .map(c -> new PublishedClarification(c.getId(), c.getQuestion(), c.getAnswer(), c.getAnswered().at()))
                .toList();
    }

    /** Saves the typed parts of the bid as a draft, sealed; a submitted bid must be withdrawn first. */
    @RolesAllowed(Roles.PROVIDER)
    public MyBid saveDraft(long competitionId, @NotNull @Valid BidDraft draft) {
        Invitation invitation = openInvitation(competitionId);
        invitation.getCompetition().requireOwnQuestions(draft.answers());
        return resealed(invitation, myBidOrNew(invitation), before -> before.with(draft), "draft saved");
    }

    /** The file is checked like every upload, then kept only sealed; its name goes into the sealed contents. */
    @RolesAllowed(Roles.PROVIDER)
    public MyBid attach(long competitionId, String fileName, @NotNull byte[] content) {
        Invitation invitation = openInvitation(competitionId);
        Bid bid = myBidOrNew(invitation);
        StoredFile upload = UploadPolicy.check(fileName, content);
        return resealed(invitation, bid, before -> before.withAttachment(sealedBids.keep(bid, upload, content)),
                "file attached");
    }

    @RolesAllowed(Roles.PROVIDER)
    public MyBid detach(long competitionId, @NotNull String key) {
        Invitation invitation = openInvitation(competitionId);
        return resealed(invitation, myBid(invitation), before -> {
            before.attachment(key).orElseThrow(() -> new RecordNotFoundException("The file"));
            return before.withoutAttachment(key);
        }, "file removed");
    }

    @RolesAllowed(Roles.PROVIDER)
    public DocumentDownload attachment(long competitionId, @NotNull String key) {
        Invitation invitation = invitationTo(competitionId);
        Bid bid = myBid(invitation);
        return sealedBids.file(bid, sealedBids.readOwn(bid, invitation.getOrganisation()), key);
    }

    /**
     * Tenders the bid: every question answered within its word limit and a price above zero that its breakdown
     * adds up to, up to and including the deadline instant. The provider is sent a receipt.
     */
    @RolesAllowed(Roles.PROVIDER)
    public MyBid submit(long competitionId) {
        Invitation invitation = openInvitation(competitionId);
        MiniCompetition competition = invitation.getCompetition();
        Bid bid = myBid(invitation);
        BidContents contents = sealedBids.readOwn(bid, invitation.getOrganisation());
        competition.requireComplete(contents);
        bid.submit(clock.now());
        audited(bid, "bid.submitted", "submitted");
        notices.tell(invitation.getOrganisation(), "bid received for " + competition.getReference(),
                "Your bid for " + competition.getReference() + ", ‘" + competition.getTitle() + "’, was received on "
                        + DeadlineWords.of(bid.getSubmittedAt()) + " (UK time). It stays sealed until the tender deadline, "
                        + DeadlineWords.of(competition.getTenderDeadline()) + "; until then you may withdraw it and submit again.");
        return new MyBid(bid, contents);
    }

    /** Takes a submitted bid back before the deadline; it can be changed and submitted again until then. */
    @RolesAllowed(Roles.PROVIDER)
    public MyBid withdraw(long competitionId) {
        Invitation invitation = openInvitation(competitionId);
        Bid bid = myBid(invitation);
        bid.withdraw(clock.now());
        audited(bid, "bid.withdrawn", "withdrawn");
        return new MyBid(bid, sealedBids.readOwn(bid, invitation.getOrganisation()));
    }

    @RolesAllowed(Roles.PROVIDER)
    public Optional<MyBid> myBid(long competitionId) {
        Invitation invitation = invitationTo(competitionId);
        return findBid(invitation).map(b -> new MyBid(b, sealedBids.readOwn(b, invitation.getOrganisation())));
    }

    /** The bid's own contents as {@code change} makes them, sealed again, and the saving audited as {@code what}. */
    private MyBid resealed(Invitation invitation, Bid bid, UnaryOperator<BidContents> change, String what) {
        BidContents contents = change.apply(sealedBids.readOwn(bid, invitation.getOrganisation()));
        sealedBids.seal(bid, contents);
        audited(bid, "bid.saved", what);
        return new MyBid(bid, contents);
    }

    private void audited(Bid bid, String action, String what) {
        audit.record(action, "Bid", bid.getId(), "Bid for " + bid.getCompetition().getReference() + " " + what);
    }

    /** The caller's bid, or a new one (stored once its first contents are sealed, so never without them). */
    private Bid myBidOrNew(Invitation invitation) {
        return findBid(invitation).orElseGet(() -> {
            Bid bid = new Bid(invitation.getCompetition(), invitation.getOrganisation(), clock.now());
            sealedBids.seal(bid, BidContents.empty());
            bids.add(bid);
            return bid;
        });
    }

    private Bid myBid(Invitation invitation) {
        return findBid(invitation).orElseThrow(() -> new RecordNotFoundException("Your bid"));
    }

    private Optional<Bid> findBid(Invitation invitation) {
        return bids.findOf(invitation.getCompetition().getId(), invitation.getOrganisation().getId());
    }

    private Invitation openInvitation(long competitionId) {
        Invitation invitation = invitationTo(competitionId);
        invitation.getCompetition().requireOpenForBidsAt(clock.now());
        return invitation;
    }

    private Invitation invitationTo(long competitionId) {
        return competitions.findInvitation(competitionId, callers.requireOrganisation().getId())
                .orElseThrow(() -> new RecordNotFoundException("The competition"));
    }
}
