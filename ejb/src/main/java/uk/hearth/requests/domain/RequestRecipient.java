package uk.hearth.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;

/** A provider the request was sent to, with the homes that fitted at publication. */
@Entity
@Table(name = "request_recipient")
@NamedQuery(name = RequestRecipient.OF_ORGANISATION,
        query = "select r from RequestRecipient r where r.organisation.id = :organisationId"
                + " and r.releasedAt is not null order by r.releasedAt desc")
@NamedEntityGraph(name = RequestRecipient.INBOX,
        attributeNodes = @NamedAttributeNode(value = "request", subgraph = "request"),
        subgraphs = @NamedSubgraph(name = "request", attributeNodes = @NamedAttributeNode("lot")))
@NamedQuery(name = RequestRecipient.FOR_REQUEST_AND_ORGANISATION,
        query = "select r from RequestRecipient r where r.request.id = :requestId and r.organisation.id = :organisationId"
                + " and r.releasedAt is not null")
@NamedEntityGraph(name = RequestRecipient.AS_PROVIDER_SEES_IT, attributeNodes = {@NamedAttributeNode("organisation"),
        @NamedAttributeNode("fittingHomes"), @NamedAttributeNode(value = "request", subgraph = "request")},
        subgraphs = @NamedSubgraph(name = "request", attributeNodes = {@NamedAttributeNode("lot"),
                @NamedAttributeNode("subCategory"), @NamedAttributeNode("chosenOffer")}))
@NamedQuery(name = RequestRecipient.HELD_BACK,
        query = "select r from RequestRecipient r join fetch r.organisation where r.request.id = :requestId and r.releasedAt is null")
@NamedQuery(name = RequestRecipient.OF_REQUEST,
        query = "select distinct r from RequestRecipient r join fetch r.organisation left join fetch r.fittingHomes"
                + " where r.request.id = :requestId order by r.nearestMiles")
@NamedQuery(name = RequestRecipient.UNANSWERED,
        query = "select r.organisation from RequestRecipient r where r.request.id = :requestId and r.releasedAt is not null"
                + " and not exists (select o from Offer o where o.request = r.request and o.organisation = r.organisation"
                + " and o.withdrawnAt is null)"
                + " and not exists (select d from Decline d where d.request = r.request and d.organisation = r.organisation)")
public class RequestRecipient {

    public static final String OF_ORGANISATION = "RequestRecipient.ofOrganisation";
    public static final String FOR_REQUEST_AND_ORGANISATION = "RequestRecipient.forRequestAndOrganisation";
    public static final String OF_REQUEST = "RequestRecipient.ofRequest";
    /** Tier 2 of a tiered release, not yet sent: providers must not see these. */
    public static final String HELD_BACK = "RequestRecipient.heldBack";
    /** Fetch plans: the inbox shows each request with its lot; one request, what the provider's page shows. */
    public static final String INBOX = "RequestRecipient.inbox";
    public static final String AS_PROVIDER_SEES_IT = "RequestRecipient.asProviderSeesIt";
    /** Organisations sent the request that have neither a live offer nor a decline on it. */
    public static final String UNANSWERED = "RequestRecipient.unanswered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "nearest_miles", nullable = false)
    private double nearestMiles;

    @ManyToMany
    @JoinTable(name = "request_recipient_home", joinColumns = @JoinColumn(name = "recipient_id"),
            inverseJoinColumns = @JoinColumn(name = "home_id"))
    private Set<Home> fittingHomes = new HashSet<>();

    /** 1: sent at publication; 2: beyond the distance, sent only if no offer comes in time (tiered release). */
    @Column(nullable = false)
    private int tier;

    /** When the provider was sent the request; null while it is held back for tier 2. */
    @Column(name = "released_at")
    private java.time.Instant releasedAt;

    protected RequestRecipient() {
    }

    /** {@code releasedAt} is the publication for tier 1, and null for tier 2 until {@link #release} sends it. */
    public RequestRecipient(PlacementRequest request, Organisation organisation, Set<Home> fittingHomes, double nearestMiles,
            int tier, java.time.Instant releasedAt) {
        this.request = request;
        this.organisation = organisation;
        this.fittingHomes = new HashSet<>(fittingHomes);
        this.nearestMiles = nearestMiles;
        this.tier = tier;
        this.releasedAt = releasedAt;
    }

    public void release(java.time.Instant now) {
        if (releasedAt == null) {
            releasedAt = now;
        }
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

    public double getNearestMiles() {
        return nearestMiles;
    }

    public Set<Home> getFittingHomes() {
        return Set.copyOf(fittingHomes);
    }

    public int getTier() {
        return tier;
    }

    public java.time.Instant getReleasedAt() {
        return releasedAt;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }
}
