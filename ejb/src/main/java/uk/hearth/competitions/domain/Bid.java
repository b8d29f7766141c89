package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;

/**
 * One provider's bid in a competition, one per organisation. Its contents are held only sealed; this row says
 * whose it is, where it stands and when, and nothing of what it offers. The service checks the tender deadline
 * before any change.
 */
@Entity
@Table(name = "bid")
@NamedQuery(name = Bid.FOR_COMPETITION_AND_ORGANISATION, query = "select b from Bid b left join fetch b.awardLetter"
        + " where b.competition.id = :competitionId and b.organisation.id = :organisationId")
@NamedQuery(name = Bid.OF_COMPETITION_IN, query = "select b from Bid b join fetch b.organisation"
        + " where b.competition.id = :competitionId and b.status in :statuses order by b.submittedAt, b.id")
@NamedQuery(name = Bid.WITH_IDS, query = "select b from Bid b join fetch b.competition where b.id in :ids")
@NamedQuery(name = Bid.COUNT_WITH_STATUS,
        query = "select count(b) from Bid b where b.competition.id = :competitionId and b.status = :status")
public class Bid extends CompetitionPart implements Versioned {

    public static final String FOR_COMPETITION_AND_ORGANISATION = "Bid.forCompetitionAndOrganisation";
    public static final String OF_COMPETITION_IN = "Bid.ofCompetitionIn";
    public static final String COUNT_WITH_STATUS = "Bid.countWithStatus";
    public static final String WITH_IDS = "Bid.withIds";
    public static final int REASON_LENGTH = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BidStatus status;

    @Embedded
    private SealedContent sealed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "invalid_reason", length = REASON_LENGTH)
    private String invalidReason;

    /** The letter telling the bidder the outcome, filed among its documents. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "award_letter_id")
    private ProviderDocument awardLetter;

    @Version
    private long version;

    protected Bid() {
    }

    public Bid(MiniCompetition competition, Organisation organisation, Instant now) {
        super(competition);
        this.organisation = organisation;
        this.status = BidStatus.DRAFT;
        this.createdAt = now;
        this.savedAt = now;
    }

    /** Stores new sealed contents. A submitted bid is withdrawn first; a withdrawn one becomes a draft again. */
    public void reseal(SealedContent contents, Instant now) {
        if (status == BidStatus.SUBMITTED) {
            throw new WrongStateException("Your bid is submitted: withdraw it to change it, then submit it again before the deadline.");
        }
        requireNotInvalid();
        sealed = contents;
        savedAt = now;
        status = BidStatus.DRAFT;
    }

    public void submit(Instant now) {
        if (status == BidStatus.SUBMITTED) {
            throw new WrongStateException("Your bid is already submitted.");
        }
        requireNotInvalid();
        status = BidStatus.SUBMITTED;
        submittedAt = now;
        withdrawnAt = null;
    }

    public void withdraw(Instant now) {
        if (status != BidStatus.SUBMITTED) {
            throw new WrongStateException("Only a submitted bid can be withdrawn.");
        }
        status = BidStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    /** A submitted bid that will not be evaluated, with the reason the council and the bidder see. */
    public void invalidate(String reason) {
        status = BidStatus.INVALID;
        invalidReason = reason;
    }

    public void fileAwardLetter(ProviderDocument letter) {
        awardLetter = letter;
    }

    private void requireNotInvalid() {
        if (status == BidStatus.INVALID) {
            throw new WrongStateException("Your bid was found invalid: " + invalidReason);
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public BidStatus getStatus() {
        return status;
    }

    public SealedContent getSealed() {
        return sealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    public ProviderDocument getAwardLetter() {
        return awardLetter;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
