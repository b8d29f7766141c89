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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.geo.PostcodeDistrictColumn;
import uk.hearth.shared.money.Money;

/**
 * A child placed with a provider not admitted to the framework, after the search on it failed. Kept for the
 * council's sufficiency reporting: how often, with whom, at what cost and why the framework could not help.
 */
@Entity
@Table(name = "off_framework_placement")
@NamedQuery(name = OffFrameworkPlacement.FOR_REQUEST, query = "select p from OffFrameworkPlacement p where p.request.id = :requestId")
@NamedQuery(name = OffFrameworkPlacement.ALL, query = "select p from OffFrameworkPlacement p join fetch p.request order by p.recorded.at desc")
public class OffFrameworkPlacement {

    public static final String FOR_REQUEST = "OffFrameworkPlacement.forRequest";
    public static final String ALL = "OffFrameworkPlacement.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @Column(name = "provider_name", nullable = false, length = Lengths.NAME)
    private String providerName;

    @Column(name = "ofsted_urn", length = 20)
    private String ofstedUrn;

    @Column(name = "home_postcode_district", nullable = false, length = PostcodeDistrictColumn.LENGTH)
    private PostcodeDistrict homeDistrict;

    @Column(name = "weekly_fee", nullable = false)
    private Money weeklyFee;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false, length = Lengths.TEXT)
    private String justification;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "recorded_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false))
    private Act recorded;

    @Version
    private long version;

    protected OffFrameworkPlacement() {
    }

    public OffFrameworkPlacement(PlacementRequest request, OffFrameworkDetails details, Act recorded) {
        this.request = request;
        this.providerName = details.providerName().strip();
        this.ofstedUrn = details.ofstedUrn() == null || details.ofstedUrn().isBlank() ? null
                : details.ofstedUrn().replaceAll("\\s+", "").toUpperCase(java.util.Locale.UK);
        try {
            this.homeDistrict = PostcodeDistrict.of(details.homeDistrict());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("homeDistrict", e.getMessage());
        }
        this.weeklyFee = Money.of(details.weeklyFee());
        this.startDate = details.startDate();
        this.justification = details.justification().strip();
        this.recorded = recorded;
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

    public PostcodeDistrict getHomeDistrict() {
        return homeDistrict;
    }

    public Money getWeeklyFee() {
        return weeklyFee;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getJustification() {
        return justification;
    }

    public Act getRecorded() {
        return recorded;
    }

    public long getVersion() {
        return version;
    }
}
