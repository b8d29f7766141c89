package uk.hearth.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.time.HearthClock;

/**
 * commissioner/requests.xhtml: the council's placement requests, newest first; also the counts on the
 * commissioning dashboard's "Placement requests" card.
 */
@Named
@RequestScoped
public class RequestsBacking {

    @Inject
    private PlacementRequests placementRequests;

    @Inject
    private HearthClock clock;

    private List<PlacementRequest> requests;

    public void load() {
        requests = placementRequests.all();
    }

    /** Loaded on first use too, so a table's filter or page request (a postback, without the view action) has its rows. */
    public List<PlacementRequest> getRequests() {
        if (requests == null) {
            load();
        }
        return requests;
    }

    /** Published and still taking responses by the server's clock. */
    public boolean isOpen(PlacementRequest request) {
        return request.isOpenAt(clock.now());
    }

    public boolean isPublished(PlacementRequest request) {
        return request.getStatus() == RequestStatus.PUBLISHED;
    }

    public long getOpenCount() {
        return getRequests().stream().filter(this::isOpen).count();
    }

    public long getDraftCount() {
        return getRequests().stream().filter(r -> r.getStatus() == RequestStatus.DRAFT).count();
    }
}
