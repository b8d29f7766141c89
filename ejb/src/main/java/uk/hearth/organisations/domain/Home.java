package uk.hearth.organisations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.geo.PostcodeDistrictColumn;

/** A registered home or setting a provider offers under one lot. Closed homes are kept for the record. */
@Entity
@Table(name = "home")
@NamedQuery(name = Home.OF_ORGANISATION,
        query = "select h from Home h join fetch h.lot where h.organisation.id = :organisationId order by h.closedAt nulls first, h.name")
@NamedQuery(name = Home.BY_URN, query = "select h from Home h where h.ofstedUrn = :urn")
@NamedQuery(name = Home.OPEN_OF_PROVIDERS,
        query = "select h from Home h join fetch h.lot join fetch h.organisation where h.closedAt is null"
                + " and h.organisation.kind = uk.hearth.organisations.domain.OrganisationKind.PROVIDER")
@NamedQuery(name = Home.OPEN_OF_ORGANISATIONS,
        query = "select h from Home h join fetch h.lot where h.organisation.id in :organisationIds and h.closedAt is null")
public class Home implements Versioned {

    public static final String OF_ORGANISATION = "Home.ofOrganisation";
    public static final String BY_URN = "Home.byUrn";
    public static final String OPEN_OF_ORGANISATIONS = "Home.openOfOrganisations";
    public static final String OPEN_OF_PROVIDERS = "Home.openOfProviders";
    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "ofsted_urn", nullable = false, unique = true, length = 8)
    private String ofstedUrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_type", nullable = false, length = 40)
    private SettingType settingType;

    @Column(nullable = false, length = 8)
    private String postcode;

    @Column(name = "postcode_district", nullable = false, length = PostcodeDistrictColumn.LENGTH)
    private PostcodeDistrict postcodeDistrict;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int vacancies;

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age", nullable = false)
    private int maxAge;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "home_gender", joinColumns = @JoinColumn(name = "home_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Set<Gender> genders = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "home_specialism", joinColumns = @JoinColumn(name = "home_id"),
            inverseJoinColumns = @JoinColumn(name = "sub_category_id"))
    private Set<LotSubCategory> specialisms = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "ofsted_judgement", nullable = false, length = 30)
    private OfstedJudgement judgement;

    @Column(name = "judgement_date")
    private LocalDate judgementDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Home() {
    }

    public Home(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * Takes the details in, after the checks a form cannot make alone. {@code specialisms} must already be
     * the sub-categories of {@code lot}; the service resolves them.
     */
    public void describe(HomeDetails details, Lot lot, Set<LotSubCategory> specialisms) {
        if (closedAt != null) {
            throw new BusinessException("This home is closed and can no longer be changed.");
        }
        if (details.vacancies() > details.capacity()) {
            throw new BusinessException("Vacancies (" + details.vacancies() + ") cannot exceed the registered capacity ("
                    + details.capacity() + ").");
        }
        if (details.minAge() > details.maxAge()) {
            throw new BusinessException("The youngest age accepted cannot be above the oldest.");
        }
        if (details.judgement() != OfstedJudgement.NOT_YET_INSPECTED && details.judgementDate() == null) {
            throw new BusinessException("Enter the date of the Ofsted judgement.");
        }
        PostcodeDistrict district;
        try {
            district = PostcodeDistrict.ofPostcode(details.postcode());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("postcode", e.getMessage());
        }
        this.lot = lot;
        this.name = details.name().strip();
        this.ofstedUrn = normaliseUrn(details.ofstedUrn());
        this.settingType = details.settingType();
        this.postcode = PostcodeDistrict.formatPostcode(details.postcode());
        this.postcodeDistrict = district;
        this.capacity = details.capacity();
        this.vacancies = details.vacancies();
        this.minAge = details.minAge();
        this.maxAge = details.maxAge();
        this.genders = EnumSet.copyOf(details.genders());
        this.specialisms = new HashSet<>(specialisms);
        this.judgement = details.judgement();
        this.judgementDate = details.judgement() == OfstedJudgement.NOT_YET_INSPECTED ? null : details.judgementDate();
    }

    /** A confirmed placement takes {@code places} of the home's vacancies. */
    public void fillVacancies(int places) {
        if (vacancies < places) {
            throw new BusinessException("‘" + name + "’ has " + (vacancies == 0 ? "no vacancy" : "only " + vacancies
                    + (vacancies == 1 ? " vacancy" : " vacancies")) + " left, and this placement needs " + places
                    + ". Update the home's vacancies if that is out of date, then confirm again.");
        }
        vacancies -= places;
    }

    public void close(Instant when) {
        if (closedAt == null) {
            closedAt = when;
            vacancies = 0;
        }
    }

    public static String normaliseUrn(String urn) {
        return urn.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }

    public boolean isOpen() {
        return closedAt == null;
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

    public String getName() {
        return name;
    }

    public String getOfstedUrn() {
        return ofstedUrn;
    }

    public SettingType getSettingType() {
        return settingType;
    }

    public String getPostcode() {
        return postcode;
    }

    public PostcodeDistrict getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getVacancies() {
        return vacancies;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public Set<Gender> getGenders() {
        return Set.copyOf(genders);
    }

    public Set<LotSubCategory> getSpecialisms() {
        return Set.copyOf(specialisms);
    }

    public OfstedJudgement getJudgement() {
        return judgement;
    }

    public LocalDate getJudgementDate() {
        return judgementDate;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
