package uk.hearth.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.geo.PostcodeDistrict;

/**
 * A child placed with a provider not admitted to the framework, after the search on it failed. Kept for the
 * council's sufficiency reporting: how often, with whom, at what cost and why the framework could not help.
 */
@Entity
@Table(name = "off_framework_placement")
@NamedQuery(name = OffFrameworkPlacement.FOR_REQUEST, query = "select p from OffFrameworkPlacement p where p.request.id = :requestId")
@NamedQuery(name = OffFrameworkPlacement.ALL, query = "select p from OffFrameworkPlacement p join fetch p.request order by p.recordedAt desc")
public class OffFrameworkPlacement {

    public static final String FOR_REQUEST = "OffFrameworkPlacement.forRequest";
    public static final String ALL = "OffFrameworkPlacement.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;

    @Column(name = "ofsted_urn", length = 20)
    private String ofstedUrn;

    @Column(name = "home_postcode_district", nullable = false, length = 4)
    private String homeDistrict;

    @Column(name = "weekly_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal weeklyFee;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false, length = 4000)
    private String justification;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected OffFrameworkPlacement() {
    }

    public OffFrameworkPlacement(PlacementRequest request, OffFrameworkDetails details, String recordedBy, Instant recordedAt) {
        this.request = request;
        this.providerName = details.providerName().strip();
        this.ofstedUrn = details.ofstedUrn() == null || details.ofstedUrn().isBlank() ? null
                : details.ofstedUrn().replaceAll("\\s+", "").toUpperCase(java.util.Locale.UK);
        try {
            this.homeDistrict = PostcodeDistrict.of(details.homeDistrict()).code();
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        this.weeklyFee = details.weeklyFee().setScale(2, java.math.RoundingMode.HALF_UP);
        this.startDate = details.startDate();
        this.justification = details.justification().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public PlacementRequest getRequest() {
        return request;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getOfstedUrn() {
        return ofstedUrn;
    }

    public String getHomeDistrict() {
        return homeDistrict;
    }

    public BigDecimal getWeeklyFee() {
        return weeklyFee;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getJustification() {
        return justification;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
