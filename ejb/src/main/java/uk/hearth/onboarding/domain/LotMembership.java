package uk.hearth.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;

/**
 * An organisation's place on a lot once admitted. Placement requests and competition invitations go to every
 * membership that is {@link MembershipStatus#ADMITTED}, and to no other.
 */
@Entity
@Table(name = "lot_membership")
@NamedQuery(name = LotMembership.OF_ORGANISATION,
        query = "select m from LotMembership m join fetch m.lot left join fetch m.admissionLetter"
                + " where m.organisation.id = :organisationId order by m.lot.sortOrder")
@NamedQuery(name = LotMembership.IN_FORCE,
        query = "select m from LotMembership m join fetch m.organisation join fetch m.lot join fetch m.application"
                + " where m.status <> uk.hearth.onboarding.domain.MembershipStatus.REMOVED")
@NamedQuery(name = LotMembership.FOR_LOT,
        query = "select m from LotMembership m where m.organisation.id = :organisationId and m.lot.id = :lotId")
@NamedQuery(name = LotMembership.OF_LOT,
        query = "select m from LotMembership m join fetch m.organisation where m.lot.id = :lotId")
@NamedQuery(name = LotMembership.ALL,
        query = "select m from LotMembership m join fetch m.organisation join fetch m.lot order by m.lot.sortOrder")
@NamedQuery(name = LotMembership.PLACES_NOT_REMOVED_BY_NAME,
        query = "select count(m) from LotMembership m where m.lot.id = :lotId"
                + " and m.status <> uk.hearth.onboarding.domain.MembershipStatus.REMOVED"
                + " and lower(m.organisation.legalName) = lower(:legalName)")
@NamedQuery(name = LotMembership.ADMITTED_TO_LOT,
        query = "select m from LotMembership m join fetch m.organisation where m.lot.id = :lotId"
                + " and m.status = uk.hearth.onboarding.domain.MembershipStatus.ADMITTED")
public class LotMembership implements Versioned {

    public static final String OF_ORGANISATION = "LotMembership.ofOrganisation";
    /** The members to invite: admitted and not suspended (nor removed). */
    public static final String ADMITTED_TO_LOT = "LotMembership.admittedToLot";
    public static final String FOR_LOT = "LotMembership.forLot";
    public static final String IN_FORCE = "LotMembership.inForce";
    public static final String OF_LOT = "LotMembership.ofLot";
    public static final String ALL = "LotMembership.all";
    public static final String PLACES_NOT_REMOVED_BY_NAME = "LotMembership.placesNotRemovedByName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private LotApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_cause", length = 30)
    private SuspensionCause suspensionCause;

    @Column(name = "status_reason", length = Lengths.REASON)
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_document_id")
    private ProviderDocument admissionLetter;

    @Version
    private long version;

    protected LotMembership() {
    }

    public LotMembership(LotApplication application, LocalDate admittedOn, Instant at) {
        this.organisation = application.getOrganisation();
        this.lot = application.getLot();
        this.application = application;
        this.status = MembershipStatus.ADMITTED;
        this.admittedOn = admittedOn;
        this.statusChangedAt = at;
    }

    public void fileLetter(ProviderDocument letter) {
        this.admissionLetter = letter;
    }

    /** {@code cause} says why a suspension was made and is ignored for other statuses. */
    public void changeStatus(MembershipStatus to, SuspensionCause cause, String reason, Instant at) {
        if (status == MembershipStatus.REMOVED) {
            throw new WrongStateException("The provider has been removed from this lot; it must apply again to rejoin.");
        }
        // The council may put its own reason on a suspension the document review made, so that a renewed
        // certificate no longer lifts it.
        boolean councilTakesOverSuspension = status == MembershipStatus.SUSPENDED && to == MembershipStatus.SUSPENDED
                && suspensionCause == SuspensionCause.DOCUMENT_EXPIRED && cause == SuspensionCause.COUNCIL_DECISION;
        if (status == to && !councilTakesOverSuspension) {
            throw new WrongStateException("The provider is already " + to.label().toLowerCase() + " on this lot.");
        }
        status = to;
        suspensionCause = to == MembershipStatus.SUSPENDED ? cause : null;
        statusReason = reason == null ? null : reason.strip();
        statusChangedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Lot getLot() {
        return lot;
    }

    public LotApplication getApplication() {
        return application;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public SuspensionCause getSuspensionCause() {
        return suspensionCause;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public ProviderDocument getAdmissionLetter() {
        return admissionLetter;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
