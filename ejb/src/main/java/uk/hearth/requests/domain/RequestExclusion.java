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
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Lengths;

/** A provider of the lot the request was not sent to, and why: the record that nobody was cherry-picked. */
@Entity
@Table(name = "request_exclusion")
@NamedQuery(name = RequestExclusion.OF_REQUEST,
        query = "select e from RequestExclusion e join fetch e.organisation where e.request.id = :requestId"
                + " order by e.organisation.legalName")
public class RequestExclusion {

    public static final String OF_REQUEST = "RequestExclusion.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PlacementRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = Lengths.NAME)
    private String reason;

    protected RequestExclusion() {
    }

    public RequestExclusion(PlacementRequest request, Organisation organisation, String reason) {
        this.request = request;
        this.organisation = organisation;
        this.reason = reason;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getReason() {
        return reason;
    }
}
