package uk.hearth.requests.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.money.Money;

/**
 * A child placed in a provider's home on the terms of a confirmed offer. Keeps its fee history from the
 * agreed fee onwards, so fee uplifts change the fee from a date without losing what was paid before.
 */
@Entity
@Table(name = "placement")
@NamedQuery(name = Placement.FOR_REQUEST,
        query = "select distinct p from Placement p join fetch p.organisation join fetch p.home left join fetch p.agreement"
                + " left join fetch p.fees where p.request.id = :requestId")
@NamedEntityGraph(name = Placement.WITH_TERMS, attributeNodes = {
        @NamedAttributeNode("organisation"), @NamedAttributeNode("home"), @NamedAttributeNode("fees"),
        @NamedAttributeNode(value = "request", subgraph = "request")},
        subgraphs = @NamedSubgraph(name = "request", attributeNodes = {
                @NamedAttributeNode("lot"), @NamedAttributeNode("subCategory")}))
@NamedQuery(name = Placement.IN_LOTS,
        query = "select p from Placement p where p.request.lot.id in :lotIds order by p.organisation.legalName, p.reference")
@NamedQuery(name = Placement.HOLDERS_IN_LOTS, query = "select o, count(p) from Placement p join p.organisation o"
        + " where p.request.lot.id in :lotIds group by o order by o.legalName")
@NamedQuery(name = Placement.COUNT_IN_LOTS, query = "select new uk.hearth.requests.domain.PlacementsInLots(count(p),"
        + " count(distinct p.organisation.id), coalesce(sum(case when (select max(f.effectiveFrom) from PlacementFee f"
        + " where f.placement = p and f.effectiveFrom <= :day) < :yearBefore then 1L else 0L end), 0L))"
        + " from Placement p where p.request.lot.id in :lotIds")
@NamedQuery(name = Placement.OF_ORGANISATION_IN_LOTS, query = "select p from Placement p where p.organisation.id = :organisationId"
        + " and p.request.lot.id in :lotIds order by p.reference")
@NamedQuery(name = Placement.OF_ORGANISATION,
        query = "select p from Placement p where p.organisation.id = :organisationId order by p.startDate desc, p.id desc")
@NamedQuery(name = Placement.OF_KIND, query = "select p from Placement p where p.request.lot.id = :lotId"
        + " and p.request.subCategory.id = :subCategoryId")
@NamedQuery(name = Placement.OF_LOT, query = "select p from Placement p where p.request.lot.id = :lotId"
        + " and p.request.subCategory is null")
@NamedQuery(name = Placement.BY_ID, query = "select p from Placement p where p.id = :id")
@NamedQuery(name = Placement.ALL,
        query = "select distinct p from Placement p join fetch p.request join fetch p.home left join fetch p.fees order by p.id")
public class Placement implements Versioned {

    public static final String FOR_REQUEST = "Placement.forRequest";
    public static final String ALL = "Placement.all";
    /** Fetch plan: provider, home, fee history, and the request's lot and kind of provision. */
    public static final String WITH_TERMS = "Placement.withTerms";
    public static final String IN_LOTS = "Placement.inLots";
    public static final String HOLDERS_IN_LOTS = "Placement.holdersInLots";
    public static final String COUNT_IN_LOTS = "Placement.countInLots";
    public static final String OF_ORGANISATION_IN_LOTS = "Placement.ofOrganisationInLots";
    public static final String OF_ORGANISATION = "Placement.ofOrganisation";
    public static final String OF_KIND = "Placement.ofKind";
    public static final String OF_LOT = "Placement.ofLot";
    public static final String BY_ID = "Placement.byId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Lengths.REFERENCE)
    private String reference;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "home_id")
    private Home home;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "initial_period_weeks", nullable = false)
    private int initialPeriodWeeks;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "invoicing_reference", nullable = false, length = 30)
    private String invoicingReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_document_id")
    private ProviderDocument agreement;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "placement", cascade = CascadeType.ALL)
    @OrderBy("effectiveFrom")
    private List<PlacementFee> fees = new ArrayList<>();

    @Version
    private long version;

    protected Placement() {
    }

    /** The placement the confirmed offer makes; its review falls at the end of the initial period. */
    public Placement(String reference, PlacementRequest request, Offer offer, Instant createdAt) {
        this.reference = reference;
        this.request = request;
        this.offer = offer;
        this.organisation = offer.getOrganisation();
        this.home = offer.getHome();
        this.startDate = offer.getStartDate();
        this.initialPeriodWeeks = request.getExpectedDurationWeeks();
        this.reviewDate = startDate.plusWeeks(initialPeriodWeeks);
        this.invoicingReference = reference.replace("IPA", "INV");
        this.createdAt = createdAt;
        fees.add(new PlacementFee(this, offer.getWeeklyFee(), startDate, "Agreed weekly fee", createdAt));
    }

    public void fileAgreement(ProviderDocument document) {
        this.agreement = document;
    }

    /** The weekly fee in force on a day: the latest fee whose effective date is not after it. */
    public Money weeklyFeeOn(LocalDate day) {
        return inForceOn(day).getWeeklyFee();
    }

    /**
     * A new weekly fee from a date: a new entry of the history, never a change to an old one, so what was paid
     * before stays on record.
     */
    public void changeFee(Money weeklyFee, LocalDate effectiveFrom, String reason, Instant recordedAt) {
        fees.add(new PlacementFee(this, weeklyFee, effectiveFrom, reason, recordedAt));
    }

    /** The day the fee in force on {@code day} took effect: the start, or the latest change since. */
    public LocalDate feeChangedLastOn(LocalDate day) {
        return inForceOn(day).getEffectiveFrom();
    }

    /** The latest entry effective by {@code day} (the later recorded where two share a date), else the first. */
    private PlacementFee inForceOn(LocalDate day) {
        Comparator<PlacementFee> latest = Comparator.comparing(PlacementFee::getEffectiveFrom)
                .thenComparing(PlacementFee::getRecordedAt);
        return fees.stream().filter(f -> !f.getEffectiveFrom().isAfter(day)).max(latest)
                .orElseGet(() -> fees.stream().min(latest).orElseThrow());
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public PlacementRequest getRequest() {
        return request;
    }

    public Offer getOffer() {
        return offer;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Home getHome() {
        return home;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getInitialPeriodWeeks() {
        return initialPeriodWeeks;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getInvoicingReference() {
        return invoicingReference;
    }

    public ProviderDocument getAgreement() {
        return agreement;
    }

    /** The fee history, the earliest first. */
    public List<PlacementFee> getFees() {
        return fees.stream().sorted(Comparator.comparing(PlacementFee::getEffectiveFrom)
                .thenComparing(PlacementFee::getRecordedAt)).toList();
    }

    @Override
    public long getVersion() {
        return version;
    }
}
