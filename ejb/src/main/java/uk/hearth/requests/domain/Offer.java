package uk.hearth.requests.domain;

import jakarta.persistence.Column;
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

/** A provider offers one of its homes for the child, with the weekly fee broken down. */
@Entity
@Table(name = "offer")
@NamedQuery(name = Offer.OF_REQUEST,
        query = "select o from Offer o join fetch o.organisation join fetch o.home where o.request.id = :requestId"
                + " and o.withdrawnAt is null order by o.submittedAt")
@NamedQuery(name = Offer.OF_REQUEST_AND_ORGANISATION,
        query = "select o from Offer o join fetch o.home where o.request.id = :requestId and o.organisation.id = :organisationId"
                + " order by o.submittedAt")
public class Offer {

    public static final String OF_REQUEST = "Offer.ofRequest";
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

    @Column(name = "core_weekly_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal coreWeeklyFee;

    @Column(name = "staffing_hours_per_week", nullable = false, precision = 6, scale = 2)
    private BigDecimal staffingHoursPerWeek;

    @Column(name = "staffing_hourly_rate", nullable = false, precision = 8, scale = 2)
    private BigDecimal staffingHourlyRate;

    @Column(name = "education_weekly_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal educationWeeklyFee;

    @Column(name = "transport_weekly_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal transportWeeklyFee;

    @Column(name = "other_weekly_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal otherWeeklyFee;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "how_needs_met", nullable = false, length = 4000)
    private String howNeedsMet;

    @Column(name = "distance_miles", nullable = false)
    private double distanceMiles;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Offer() {
    }

    public Offer(PlacementRequest request, Organisation organisation, Home home, double distanceMiles, String submittedBy,
            Instant submittedAt) {
        this.request = request;
        this.organisation = organisation;
        this.home = home;
        this.distanceMiles = distanceMiles;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void describe(OfferDetails details) {
        this.coreWeeklyFee = details.coreWeeklyFee();
        this.staffingHoursPerWeek = orZero(details.staffingHoursPerWeek());
        this.staffingHourlyRate = orZero(details.staffingHourlyRate());
        this.educationWeeklyFee = orZero(details.educationWeeklyFee());
        this.transportWeeklyFee = orZero(details.transportWeeklyFee());
        this.otherWeeklyFee = orZero(details.otherWeeklyFee());
        this.startDate = details.startDate();
        this.howNeedsMet = details.howNeedsMet().strip();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return Optional.ofNullable(amount).orElse(BigDecimal.ZERO);
    }

    public void withdraw(Instant at) {
        withdrawnAt = at;
    }

    /** The whole weekly fee: core, additional staffing hours at their rate, education, transport and other. */
    public BigDecimal getWeeklyFee() {
        return coreWeeklyFee.add(staffingHoursPerWeek.multiply(staffingHourlyRate)).add(educationWeeklyFee)
                .add(transportWeeklyFee).add(otherWeeklyFee).setScale(2, java.math.RoundingMode.HALF_UP);
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

    public BigDecimal getCoreWeeklyFee() {
        return coreWeeklyFee;
    }

    public BigDecimal getStaffingHoursPerWeek() {
        return staffingHoursPerWeek;
    }

    public BigDecimal getStaffingHourlyRate() {
        return staffingHourlyRate;
    }

    public BigDecimal getEducationWeeklyFee() {
        return educationWeeklyFee;
    }

    public BigDecimal getTransportWeeklyFee() {
        return transportWeeklyFee;
    }

    public BigDecimal getOtherWeeklyFee() {
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

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public long getVersion() {
        return version;
    }
}
