package uk.hearth.requests.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.requests.domain.standard.NeedsProfile;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.geo.PostcodeDistrictColumn;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.WorkingDayCalendar;

/**
 * A search for a home for one child. Drafts change freely; publishing fixes the description, sets the response
 * deadline and happens once (a second publish is a no-op, so a double click never sends twice).
 */
@Entity
@Table(name = "placement_request")
@NamedQuery(name = PlacementRequest.ALL, query = "select r from PlacementRequest r join fetch r.lot order by r.created.at desc")
@NamedQuery(name = PlacementRequest.BY_ID, query = "select r from PlacementRequest r where r.id = :id")
@NamedEntityGraph(name = PlacementRequest.FOR_OVERVIEW, attributeNodes = {@NamedAttributeNode("lot"),
        @NamedAttributeNode("subCategory"), @NamedAttributeNode(value = "chosenOffer", subgraph = "offer")},
        subgraphs = @NamedSubgraph(name = "offer", attributeNodes = {@NamedAttributeNode("home"),
                @NamedAttributeNode("organisation")}))
@NamedQuery(name = PlacementRequest.OVERDUE,
        query = "select r.id from PlacementRequest r where r.responseDeadline < :now and r.responsesClosedAt is null"
                + " and r.status <> uk.hearth.requests.domain.RequestStatus.DRAFT")
@NamedQuery(name = PlacementRequest.WITH_STATUS,
        query = "select r from PlacementRequest r join fetch r.lot where r.status = :status order by r.closed.at desc")
@NamedQuery(name = PlacementRequest.COUNT_BY_STATUS, query = "select r.status, count(r) from PlacementRequest r group by r.status")
public class PlacementRequest implements Versioned {

    public static final String ALL = "PlacementRequest.all";
    public static final String BY_ID = "PlacementRequest.byId";
    /** Fetch plan: what the council's page of one request shows. */
    public static final String FOR_OVERVIEW = "PlacementRequest.forOverview";
    public static final String OVERDUE = "PlacementRequest.overdue";
    public static final String WITH_STATUS = "PlacementRequest.withStatus";
    public static final String COUNT_BY_STATUS = "PlacementRequest.countByStatus";
    /** Standard requests are answered by this hour on the last working day the commissioner allows (2 unless set). */
    static final int STANDARD_DEADLINE_HOUR = 17;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Lengths.REFERENCE)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sub_category_id")
    private LotSubCategory subCategory;

    @Column(nullable = false)
    private int age;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false, length = 30)
    private LegalStatus legalStatus;

    @Column(nullable = false, length = Lengths.TEXT)
    private String needs;

    @Column(name = "sibling_count", nullable = false)
    private int siblingCount;

    @Column(name = "home_district", nullable = false, length = PostcodeDistrictColumn.LENGTH)
    private PostcodeDistrict homeDistrict;

    @Column(name = "school_district", length = PostcodeDistrictColumn.LENGTH)
    private PostcodeDistrict schoolDistrict;

    @Column(name = "max_distance_miles", nullable = false)
    private int maxDistanceMiles;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "expected_duration_weeks", nullable = false)
    private int expectedDurationWeeks;

    @Column(name = "weekly_budget_guide")
    private Money weeklyBudgetGuide;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    @Column(name = "emergency_response_hours", nullable = false)
    private int emergencyResponseHours;

    @Column(name = "in_house_checked", nullable = false)
    private boolean inHouseChecked;

    @Column(name = "quality_override_reason", length = Lengths.REASON)
    private String qualityOverrideReason;

    @Embedded
    private NeedsProfile profile;

    @Column(name = "standard_response_days", nullable = false)
    private int standardResponseDays;

    /** The share of the comparison score given to price; quality has the rest. Fixed at publication, so known to all. */
    @Column(name = "price_weight", nullable = false)
    private int priceWeight;

    /** Tiered release: hours after publication at which providers beyond the distance are sent it; null for none. */
    @Column(name = "tier_two_after_hours")
    private Integer tierTwoAfterHours;

    @Column(name = "tier_two_released_at")
    private Instant tierTwoReleasedAt;

    @Column(name = "responses_closed_at")
    private Instant responsesClosedAt;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "closed_by"))
    @AttributeOverride(name = "at", column = @Column(name = "closed_at"))
    private Act closed;

    @Column(name = "failure_reason", length = Lengths.REASON)
    private String failureReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "created_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false))
    private Act created;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "response_deadline")
    private Instant responseDeadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chosen_offer_id")
    private Offer chosenOffer;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "chosen_by"))
    @AttributeOverride(name = "at", column = @Column(name = "chosen_at"))
    private Act chosen;

    @Column(name = "confirm_by")
    private Instant confirmBy;

    @Version
    private long version;

    protected PlacementRequest() {
    }

    public PlacementRequest(String reference, Act created) {
        this.reference = reference;
        this.created = created;
        this.status = RequestStatus.DRAFT;
    }

    /** Takes the description in; {@code subCategory} must be one of {@code lot}'s (the service resolves it). */
    public void describe(RequestDetails details, Lot lot, LotSubCategory subCategory) {
        if (status != RequestStatus.DRAFT) {
            throw new WrongStateException("A published request cannot be changed.");
        }
        this.lot = lot;
        this.subCategory = subCategory;
        this.age = details.age();
        this.gender = details.gender();
        this.legalStatus = details.legalStatus();
        this.needs = details.needs().strip();
        this.siblingCount = details.siblingCount();
        this.homeDistrict = district(details.homeDistrict(), "homeDistrict");
        this.schoolDistrict = details.schoolDistrict() == null || details.schoolDistrict().isBlank()
                ? null : district(details.schoolDistrict(), "schoolDistrict");
        this.maxDistanceMiles = details.maxDistanceMiles();
        this.startDate = details.startDate();
        this.expectedDurationWeeks = details.expectedDurationWeeks();
        this.weeklyBudgetGuide = Money.ofNullable(details.weeklyBudgetGuide());
        this.urgency = details.urgency();
        this.emergencyResponseHours = details.emergencyResponseHours();
        this.inHouseChecked = details.inHouseChecked();
        this.qualityOverrideReason = details.qualityOverrideReason() == null || details.qualityOverrideReason().isBlank()
                ? null : details.qualityOverrideReason().strip();
        this.profile = details.profile();
        this.standardResponseDays = details.standardResponseDays();
        this.priceWeight = details.priceWeight();
        this.tierTwoAfterHours = details.tierTwoAfterHours();
    }

    private static PostcodeDistrict district(String text, String field) {
        try {
            return PostcodeDistrict.of(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(field, e.getMessage());
        }
    }

    /** Returns false when already published, so callers can tell a repeat from a first publication. */
    public boolean publish(Instant now) {
        if (status == RequestStatus.PUBLISHED) {
            return false;
        }
        if (!inHouseChecked) {
            throw new BusinessException("inHouseChecked", "Confirm that in-house options were checked before sending the request to providers.");
        }
        Instant deadline = deadlineFrom(now);
        if (tierTwoAfterHours != null && !now.plus(tierTwoAfterHours, ChronoUnit.HOURS).isBefore(deadline)) {
            throw new BusinessException("tierTwoAfterHours", "The wider release after " + tierTwoAfterHours + " hours would come after the deadline, "
                    + DeadlineWords.of(deadline) + " (UK time); choose fewer hours or no tiered release.");
        }
        status = RequestStatus.PUBLISHED;
        publishedAt = now;
        responseDeadline = deadline;
        return true;
    }

    /** When providers beyond the distance are sent the request, if no offer has come by then; empty without tiers. */
    public java.util.Optional<Instant> tierTwoReleaseAt() {
        return tierTwoAfterHours == null || publishedAt == null ? java.util.Optional.empty()
                : java.util.Optional.of(publishedAt.plus(tierTwoAfterHours, ChronoUnit.HOURS));
    }

    public void markTierTwoReleased(Instant now) {
        tierTwoReleasedAt = now;
    }

    /** Returns false when responses were already closed, so a late timer and the start-up sweep close once. */
    public boolean closeResponses(Instant now) {
        if (responsesClosedAt != null || responseDeadline == null || now.isBefore(responseDeadline)) {
            return false;
        }
        responsesClosedAt = now;
        return true;
    }

    /**
     * Closes the search without a placement: no offer was suitable, or none came. Allowed once offers can be seen
     * (or none came by the deadline), and not while a chosen provider still has time to confirm.
     */
    public void fail(String reason, Act closed) {
        Instant now = closed.at();
        boolean confirmationLapsed = status == RequestStatus.CHOSEN && now.isAfter(confirmBy);
        if (status != RequestStatus.PUBLISHED && !confirmationLapsed) {
            throw new WrongStateException(switch (status) {
                case DRAFT -> "A draft has not been sent; delete nothing, just leave it unsent.";
                case CHOSEN -> "The chosen provider still has until " + DeadlineWords.of(confirmBy) + " (UK time) to confirm.";
                case PLACED -> reference + " already has a placement.";
                default -> reference + " is already closed.";
            });
        }
        if (!offersVisibleAt(now)) {
            throw new WrongStateException("Providers can still answer " + reference + " until " + DeadlineWords.of(responseDeadline)
                    + " (UK time); close the search after the deadline.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "Say why no offer was suitable: it is evidence for the council's sufficiency duty.");
        }
        status = RequestStatus.FAILED;
        failureReason = reason.strip();
        this.closed = closed;
    }

    private Instant deadlineFrom(Instant now) {
        if (urgency == Urgency.EMERGENCY) {
            return now.plus(emergencyResponseHours, ChronoUnit.HOURS);
        }
        LocalDate day = WorkingDayCalendar.plusWorkingDays(now.atZone(LONDON).toLocalDate(), standardResponseDays);
        return day.atTime(STANDARD_DEADLINE_HOUR, 0).atZone(LONDON).toInstant();
    }

    /** Responses are taken up to and including the deadline instant. */
    public void requireOpenAt(Instant now) {
        if (status != RequestStatus.PUBLISHED) {
            throw new WrongStateException("This request is not open for responses.");
        }
        if (now.isAfter(responseDeadline)) {
            throw new ResponseDeadlinePassedException(reference, responseDeadline);
        }
    }

    public boolean isOpenAt(Instant now) {
        return status == RequestStatus.PUBLISHED && !now.isAfter(responseDeadline);
    }

    /** Offers stay sealed from the council until the deadline, except for emergencies, where every hour counts. */
    public boolean offersVisibleAt(Instant now) {
        return status != RequestStatus.DRAFT && (urgency == Urgency.EMERGENCY || now.isAfter(responseDeadline));
    }

    /** How long the chosen provider has to confirm before the council may choose again. */
    static final int CONFIRMATION_HOURS = 24;

    /**
     * The council chooses one live offer, once offers can be seen (after the deadline; at once in an emergency).
     * The provider must then confirm within {@value #CONFIRMATION_HOURS} hours.
     */
    public void choose(Offer offer, Act chosen) {
        Instant now = chosen.at();
        boolean confirmationLapsed = status == RequestStatus.CHOSEN && now.isAfter(confirmBy);
        if (status != RequestStatus.PUBLISHED && !confirmationLapsed) {
            throw new WrongStateException(status == RequestStatus.DRAFT ? "The request has not been sent yet."
                    : "An offer has already been chosen for " + reference + ".");
        }
        if (!offersVisibleAt(now)) {
            throw new WrongStateException("Offers for " + reference + " stay sealed until the deadline, "
                    + DeadlineWords.of(responseDeadline) + " (UK time).");
        }
        if (!offer.getRequest().getId().equals(id) || offer.isWithdrawn()) {
            throw new BusinessException("That offer is not a live offer for " + reference + ".");
        }
        status = RequestStatus.CHOSEN;
        chosenOffer = offer;
        this.chosen = chosen;
        confirmBy = now.plus(CONFIRMATION_HOURS, ChronoUnit.HOURS);
    }

    /** The chosen provider confirms in time; only its own chosen offer can be confirmed. */
    public void confirm(Offer offer, Instant now) {
        if (status != RequestStatus.CHOSEN || !chosenOffer.getId().equals(offer.getId())) {
            throw new WrongStateException("There is no chosen offer of yours waiting for confirmation on " + reference + ".");
        }
        if (now.isAfter(confirmBy)) {
            throw new DeadlinePassedException("The time to confirm ended at " + DeadlineWords.of(confirmBy)
                    + " (UK time); ask the council's commissioner whether the offer still stands.");
        }
        status = RequestStatus.PLACED;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Lot getLot() {
        return lot;
    }

    public LotSubCategory getSubCategory() {
        return subCategory;
    }

    public int getAge() {
        return age;
    }

    public Gender getGender() {
        return gender;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public String getNeeds() {
        return needs;
    }

    public int getSiblingCount() {
        return siblingCount;
    }

    public PostcodeDistrict getHomeDistrict() {
        return homeDistrict;
    }

    public PostcodeDistrict getSchoolDistrict() {
        return schoolDistrict;
    }

    public int getMaxDistanceMiles() {
        return maxDistanceMiles;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getExpectedDurationWeeks() {
        return expectedDurationWeeks;
    }

    public Money getWeeklyBudgetGuide() {
        return weeklyBudgetGuide;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public int getEmergencyResponseHours() {
        return emergencyResponseHours;
    }

    public boolean isInHouseChecked() {
        return inHouseChecked;
    }

    public String getQualityOverrideReason() {
        return qualityOverrideReason;
    }

    /** The standard's profile; requests drafted before it existed read as "not specified". */
    public NeedsProfile getProfile() {
        return profile == null ? NeedsProfile.notSpecified() : profile;
    }

    public int getStandardResponseDays() {
        return standardResponseDays;
    }

    public int getPriceWeight() {
        return priceWeight;
    }

    public int getQualityWeight() {
        return 100 - priceWeight;
    }

    public Integer getTierTwoAfterHours() {
        return tierTwoAfterHours;
    }

    public Instant getTierTwoReleasedAt() {
        return tierTwoReleasedAt;
    }

    public Instant getResponsesClosedAt() {
        return responsesClosedAt;
    }

    public Act getClosed() {
        return closed;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Act getCreated() {
        return created;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getResponseDeadline() {
        return responseDeadline;
    }

    public Offer getChosenOffer() {
        return chosenOffer;
    }

    public Act getChosen() {
        return chosen;
    }

    public Instant getConfirmBy() {
        return confirmBy;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
