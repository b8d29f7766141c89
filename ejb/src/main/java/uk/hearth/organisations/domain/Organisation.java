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

@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_LEGAL_NAME, query = "select o from Organisation o where o.legalName = :legalName")
public class Organisation {

    public static final String BY_LEGAL_NAME = "Organisation.byLegalName";
    public static final int NAME_LENGTH = 200;

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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
