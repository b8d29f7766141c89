package uk.hearth.uplifts.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.time.WorkingDayCalendar;

/**
 * A fee review the council opens for some lots: providers with placements in those lots accept the lot's standard
 * uplift or ask for more between the opening and closing dates (UK dates, both included); approved uplifts take
 * effect from one date; each request is decided within a number of working days of its submission. A window may
 * be extended once, with a reason.
 */
@Entity
@Table(name = "fee_review_window")
@NamedQuery(name = FeeReviewWindow.ALL,
        query = "select distinct w from FeeReviewWindow w left join fetch w.lots order by w.opensOn desc, w.id desc")
@NamedQuery(name = FeeReviewWindow.WITH_LOTS,
        query = "select distinct w from FeeReviewWindow w left join fetch w.lots where w.id = :id")
@NamedQuery(name = FeeReviewWindow.BY_NAME, query = "select w from FeeReviewWindow w where lower(w.name) = lower(:name)")
public class FeeReviewWindow implements Versioned {

    public static final String ALL = "FeeReviewWindow.all";
    public static final String WITH_LOTS = "FeeReviewWindow.withLots";
    public static final String BY_NAME = "FeeReviewWindow.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Lengths.NAME)
    private String name;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "decision_working_days", nullable = false)
    private int decisionWorkingDays;

    @Column(name = "evidence_asked", nullable = false, length = Lengths.REASON)
    private String evidenceAsked;

    @Column(nullable = false, length = Lengths.REASON)
    private String criteria;

    @Column(name = "extension_reason", length = Lengths.REASON)
    private String extensionReason;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "opened_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "opened_at", nullable = false))
    private Act opened;

    @OneToMany(mappedBy = "window", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<FeeReviewLot> lots = new ArrayList<>();

    @Version
    private long version;

    protected FeeReviewWindow() {
    }

    /** The window the details describe; {@code lots} are the lots the standard uplifts name, in the same order. */
    public FeeReviewWindow(WindowDetails details, List<Lot> lots, Act opened) {
        if (!details.closesOn().isAfter(details.opensOn())) {
            throw new BusinessException("closesOn", "The window must close after it opens.");
        }
        if (details.effectiveFrom().isBefore(details.closesOn())) {
            throw new BusinessException("effectiveFrom", "Uplifts take effect on or after the day the window closes.");
        }
        this.name = details.name().strip();
        this.opensOn = details.opensOn();
        this.closesOn = details.closesOn();
        this.effectiveFrom = details.effectiveFrom();
        this.decisionWorkingDays = details.decisionWorkingDays();
        this.evidenceAsked = details.evidenceAsked().strip();
        this.criteria = details.criteria().strip();
        this.opened = opened;
        for (int i = 0; i < lots.size(); i++) {
            this.lots.add(new FeeReviewLot(this, lots.get(i), details.standardUplifts().get(i).percent()));
        }
    }

    /** Requests are taken from the opening day to the closing day, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean isClosedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }

    public void requireOpenOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            throw new WrongStateException(name + " opens on " + opensOn + ".");
        }
        if (day.isAfter(closesOn)) {
            throw new DeadlinePassedException(name + " closed on " + closesOn + ": it takes no new requests.");
        }
    }

    /** Once only, to a later closing day that still comes before the effective date. */
    public void extend(LocalDate newClosesOn, String reason) {
        if (extensionReason != null) {
            throw new WrongStateException(name + " has already been extended once.");
        }
        if (!newClosesOn.isAfter(closesOn)) {
            throw new BusinessException("newClosesOn", "Choose a closing date after " + closesOn + ".");
        }
        if (newClosesOn.isAfter(effectiveFrom)) {
            throw new BusinessException("newClosesOn", "The window must close by the effective date, " + effectiveFrom + ".");
        }
        this.closesOn = newClosesOn;
        this.extensionReason = reason.strip();
    }

    /** The day a request submitted on {@code submittedOn} must be decided by, in working days. */
    public LocalDate decisionDueFor(LocalDate submittedOn) {
        return WorkingDayCalendar.plusWorkingDays(submittedOn, decisionWorkingDays);
    }

    public Optional<FeeReviewLot> lotOf(long lotId) {
        return lots.stream().filter(l -> l.getLot().getId() == lotId).findFirst();
    }

    public BigDecimal standardUpliftFor(long lotId) {
        return lotOf(lotId).map(FeeReviewLot::getStandardUpliftPercent).orElseThrow();
    }

    public Set<Long> lotIds() {
        return lots.stream().map(l -> l.getLot().getId()).collect(Collectors.toSet());
    }

    public String lotNames() {
        return lots.stream().map(l -> l.getLot().getName()).collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getDecisionWorkingDays() {
        return decisionWorkingDays;
    }

    public String getEvidenceAsked() {
        return evidenceAsked;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public boolean isExtended() {
        return extensionReason != null;
    }

    public Act getOpened() {
        return opened;
    }

    public List<FeeReviewLot> getLots() {
        return List.copyOf(lots);
    }

    @Override
    public long getVersion() {
        return version;
    }
}
