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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Act;
import uk.hearth.shared.Lengths;

/** A provider's reasoned "no" to a request; kept as evidence of what the market lacks. */
@Entity
@Table(name = "request_decline")
@NamedQuery(name = Decline.OF_REQUEST,
        query = "select d from Decline d join fetch d.organisation where d.request.id = :requestId order by d.declined.at")
@NamedQuery(name = Decline.OF_REQUEST_AND_ORGANISATION,
        query = "select d from Decline d where d.request.id = :requestId and d.organisation.id = :organisationId")
@NamedQuery(name = Decline.COUNT_BY_REASON, query = "select d.reason, count(d) from Decline d group by d.reason")
public class Decline {

    public static final String OF_REQUEST = "Decline.ofRequest";
    public static final String OF_REQUEST_AND_ORGANISATION = "Decline.ofRequestAndOrganisation";
    public static final String COUNT_BY_REASON = "Decline.countByReason";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DeclineReason reason;

    @Column(length = Lengths.REASON)
    private String detail;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "declined_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "declined_at", nullable = false))
    private Act declined;

    protected Decline() {
    }

    public Decline(PlacementRequest request, Organisation organisation, DeclineReason reason, String detail,
            Act declined) {
        this.request = request;
        this.organisation = organisation;
        this.reason = reason;
        this.detail = detail == null || detail.isBlank() ? null : detail.strip();
        this.declined = declined;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public DeclineReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public Act getDeclined() {
        return declined;
    }
}
