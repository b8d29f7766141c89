package uk.hearth.organisations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.domain.Versioned;

@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_LEGAL_NAME_IGNORING_CASE,
        query = "select o from Organisation o where lower(o.legalName) = lower(:legalName)")
@NamedQuery(name = Organisation.BY_COMPANIES_HOUSE_NUMBER,
        query = "select o from Organisation o where o.companiesHouseNumber = :number")
@NamedQuery(name = Organisation.BY_CHARITY_NUMBER, query = "select o from Organisation o where o.charityNumber = :number")
public class Organisation implements Versioned {

    public static final String BY_LEGAL_NAME_IGNORING_CASE = "Organisation.byLegalNameIgnoringCase";
    public static final String BY_COMPANIES_HOUSE_NUMBER = "Organisation.byCompaniesHouseNumber";
    public static final String BY_CHARITY_NUMBER = "Organisation.byCharityNumber";
    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name", nullable = false, length = NAME_LENGTH)
    private String legalName;

    @Column(name = "trading_name", length = NAME_LENGTH)
    private String tradingName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 20)
    private OrganisationType organisationType;

    @Column(name = "companies_house_number", length = 8)
    private String companiesHouseNumber;

    @Column(name = "charity_number", length = 12)
    private String charityNumber;

    @Column(name = "registered_address", length = ADDRESS_LENGTH)
    private String registeredAddress;

    @Column(length = 8)
    private String postcode;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(name = "contact_email", length = Lengths.NAME)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String legalName, String tradingName, OrganisationKind kind, Instant createdAt) {
        this.legalName = Objects.requireNonNull(legalName);
        this.tradingName = tradingName;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Registration details of a provider; the registration service validates them first. */
    public void register(OrganisationType type, String companiesHouseNumber, String charityNumber, String address,
            String postcode, String contactName, String contactEmail, String contactPhone) {
        this.organisationType = type;
        this.companiesHouseNumber = companiesHouseNumber;
        this.charityNumber = charityNumber;
        this.registeredAddress = address;
        this.postcode = postcode;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
    }

    /** The name people know the organisation by. */
    public String getDisplayName() {
        return tradingName == null || tradingName.isBlank() ? legalName : tradingName;
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getTradingName() {
        return tradingName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public String getCompaniesHouseNumber() {
        return companiesHouseNumber;
    }

    public String getCharityNumber() {
        return charityNumber;
    }

    public String getRegisteredAddress() {
        return registeredAddress;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
