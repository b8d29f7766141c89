package uk.hearth.requests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.PlacementRequestRepository;
import uk.hearth.requests.domain.RequestExclusion;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaPlacementRequestRepository extends JpaVersionedRepository<PlacementRequest>
        implements PlacementRequestRepository {

    public JpaPlacementRequestRepository() {
        super(PlacementRequest.class, "The request");
    }

    @Override
    public String nextReference(Year year) {
        return nextReference("REQ", year);
    }

    @Override
    public List<PlacementRequest> all() {
        return list(PlacementRequest.ALL);
    }

    @Override
    public PlacementRequest getForOverview(long requestId) {
        return firstFetching(PlacementRequest.FOR_OVERVIEW, PlacementRequest.BY_ID, "id", requestId).orElseThrow(this::notFound);
    }

    @Override
    public List<Long> overdueIds(Instant now) {
        return query(PlacementRequest.OVERDUE, Long.class, "now", now).getResultList();
    }

    @Override
    public List<PlacementRequest> withStatus(RequestStatus status) {
        return list(PlacementRequest.WITH_STATUS, "status", status);
    }

    @Override
    public Map<RequestStatus, Long> countByStatus() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        query(PlacementRequest.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((RequestStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void addRecipient(RequestRecipient recipient) {
        em.persist(recipient);
    }

    @Override
    public void addExclusion(RequestExclusion exclusion) {
        em.persist(exclusion);
    }

    @Override
    public List<RequestRecipient> recipientsOf(long requestId) {
        return query(RequestRecipient.OF_REQUEST, RequestRecipient.class, "requestId", requestId).getResultList();
    }

    @Override
    public List<RequestRecipient> heldBack(long requestId) {
        return query(RequestRecipient.HELD_BACK, RequestRecipient.class, "requestId", requestId).getResultList();
    }

    @Override
    public Optional<RequestRecipient> findRecipient(long requestId, long organisationId) {
        return recipients(RequestRecipient.AS_PROVIDER_SEES_IT, RequestRecipient.FOR_REQUEST_AND_ORGANISATION,
                "requestId", requestId, "organisationId", organisationId).stream().findFirst();
    }

    @Override
    public List<RequestRecipient> inboxOf(long organisationId) {
        return recipients(RequestRecipient.INBOX, RequestRecipient.OF_ORGANISATION, "organisationId", organisationId);
    }

    @Override
    public List<Organisation> unanswered(long requestId) {
        return query(RequestRecipient.UNANSWERED, Organisation.class, "requestId", requestId).getResultList();
    }

    @Override
    public List<RequestExclusion> exclusionsOf(long requestId) {
        return query(RequestExclusion.OF_REQUEST, RequestExclusion.class, "requestId", requestId).getResultList();
    }

    private List<RequestRecipient> recipients(String plan, String name, Object... parameters) {
        return query(name, RequestRecipient.class, parameters).setHint(LOAD_GRAPH, em.getEntityGraph(plan)).getResultList();
    }

    @Override
    protected String nameOf(PlacementRequest request) {
        return "The request " + request.getReference();
    }
}
