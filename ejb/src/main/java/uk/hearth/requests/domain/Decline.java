package uk.hearth.requests.domain;

import jakarta.persistence.Column;
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
import java.time.Instant;
import uk.hearth.organisations.domain.Organisation;

/** A provider's reasoned "no" to a request; kept as evidence of what the market lacks. */
@Entity
@Table(name = "request_decline")
@NamedQuery(name = Decline.OF_REQUEST,
        query = "select d from Decline d join fetch d.organisation where d.request.id = :requestId order by d.declinedAt")
public class Decline {

    public static final String OF_REQUEST = "Decline.ofRequest";

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

    @Column(length = 2000)
    private String detail;

    @Column(name = "declined_at", nullable = false)
    private Instant declinedAt;

    @Column(name = "declined_by", nullable = false, length = 100)
    private String declinedBy;

    protected Decline() {
    }

    public Decline(PlacementRequest request, Organisation organisation, DeclineReason reason, String detail,
            String declinedBy, Instant declinedAt) {
        this.request = request;
        this.organisation = organisation;
        this.reason = reason;
        this.detail = detail == null || detail.isBlank() ? null : detail.strip();
        this.declinedBy = declinedBy;
        this.declinedAt = declinedAt;
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

    public Instant getDeclinedAt() {
        return declinedAt;
    }
}
