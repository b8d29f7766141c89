package uk.hearth.requests.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.money.Money;

/** A provider offers one of its homes for the child, with the weekly fee broken down. */
@Entity
@Table(name = "offer")
@NamedQuery(name = Offer.OF_REQUEST,
        query = "select o from Offer o join fetch o.organisation join fetch o.home where o.request.id = :requestId"
                + " and o.withdrawnAt is null order by o.submitted.at")
@NamedQuery(name = Offer.OF_REQUEST_AND_ORGANISATION,
        query = "select o from Offer o join fetch o.home where o.request.id = :requestId and o.organisation.id = :organisationId"
                + " order by o.submitted.at")
@NamedQuery(name = Offer.WITH_IDS, query = "select o from Offer o join fetch o.request where o.id in :ids")
@NamedQuery(name = Offer.ANY_LIVE_OF_REQUEST,
        query = "select count(o) from Offer o where o.request.id = :requestId and o.withdrawnAt is null")
public class Offer implements Versioned {

    /** Digits before the point of the staffing hours ({@code numeric(6, 2)}) and hourly rate ({@code numeric(8, 2)}). */
    public static final int HOURS_DIGITS = 4;
    public static final int HOURLY_RATE_DIGITS = 6;
    public static final String MAX_HOURS = "9999.99";
    public static final String MAX_HOURLY_RATE = "999999.99";
    public static final String OF_REQUEST = "Offer.ofRequest";
    public static final String ANY_LIVE_OF_REQUEST = "Offer.anyLiveOfRequest";
    public static final String WITH_IDS = "Offer.withIds";
    public static final String OF_REQUEST_AND_ORGANISATION = "Offer.ofRequestAndOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "home_id")
    private Home home;

    @Column(name = "core_weekly_fee", nullable = false)
    private Money coreWeeklyFee;

    @Column(name = "staffing_hours_per_week", nullable = false, precision = 6, scale = 2)
    private BigDecimal staffingHoursPerWeek;

    @Column(name = "staffing_hourly_rate", nullable = false)
    private Money staffingHourlyRate;

    @Column(name = "education_weekly_fee", nullable = false)
    private Money educationWeeklyFee;

    @Column(name = "transport_weekly_fee", nullable = false)
    private Money transportWeeklyFee;

    @Column(name = "other_weekly_fee", nullable = false)
    private Money otherWeeklyFee;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "how_needs_met", nullable = false, length = Lengths.TEXT)
    private String howNeedsMet;

    @Column(name = "distance_miles", nullable = false)
    private double distanceMiles;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "submitted_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "submitted_at", nullable = false))
    private Act submitted;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Offer() {
    }

    public Offer(PlacementRequest request, Organisation organisation, Home home, double distanceMiles, Act submitted) {
        this.request = request;
        this.organisation = organisation;
        this.home = home;
        this.distanceMiles = distanceMiles;
        this.submitted = submitted;
    }

    public void describe(OfferDetails details) {
        this.coreWeeklyFee = Money.of(details.coreWeeklyFee());
        this.staffingHoursPerWeek = Optional.ofNullable(details.staffingHoursPerWeek()).orElse(BigDecimal.ZERO);
        this.staffingHourlyRate = orZero(details.staffingHourlyRate());
        this.educationWeeklyFee = orZero(details.educationWeeklyFee());
        this.transportWeeklyFee = orZero(details.transportWeeklyFee());
        this.otherWeeklyFee = orZero(details.otherWeeklyFee());
        this.startDate = details.startDate();
        this.howNeedsMet = details.howNeedsMet().strip();
        // Each part fits its column; the whole must fit the placement's fee column too.
        if (getWeeklyFee().isMoreThan(Money.of(Money.MAX))) {
            throw new BusinessException("coreWeeklyFee", "The weekly fee comes to " + getWeeklyFee()
                    + "; a weekly fee can be at most £99,999,999.99.");
        }
    }

    private static Money orZero(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }

    public void withdraw(Instant at) {
        withdrawnAt = at;
    }

    /** The whole weekly fee: core, additional staffing hours at their rate, education, transport and other. */
    public Money getWeeklyFee() {
        return coreWeeklyFee.plus(staffingHourlyRate.times(staffingHoursPerWeek)).plus(educationWeeklyFee)
                .plus(transportWeeklyFee).plus(otherWeeklyFee);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public PlacementRequest getRequest() {
        return request;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Home getHome() {
        return home;
    }

    public Money getCoreWeeklyFee() {
        return coreWeeklyFee;
    }

    public BigDecimal getStaffingHoursPerWeek() {
        return staffingHoursPerWeek;
    }

    public Money getStaffingHourlyRate() {
        return staffingHourlyRate;
    }

    public Money getEducationWeeklyFee() {
        return educationWeeklyFee;
    }

    public Money getTransportWeeklyFee() {
        return transportWeeklyFee;
    }

    public Money getOtherWeeklyFee() {
        return otherWeeklyFee;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getHowNeedsMet() {
        return howNeedsMet;
    }

    public double getDistanceMiles() {
        return distanceMiles;
    }

    public Act getSubmitted() {
        return submitted;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
