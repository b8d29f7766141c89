package uk.hearth.uplifts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;
import uk.hearth.uplifts.domain.QueueEntry;
import uk.hearth.uplifts.domain.UpliftKind;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftRequestRepository;
import uk.hearth.uplifts.domain.UpliftStatus;

@ApplicationScoped
public class JpaUpliftRequestRepository extends JpaVersionedRepository<UpliftRequest> implements UpliftRequestRepository {

    public JpaUpliftRequestRepository() {
        super(UpliftRequest.class, "The uplift request");
    }

    @Override
    public String nextReference(Year year) {
        return nextReference("UPL", year);
    }

    @Override
    public Optional<UpliftRequest> findWhole(long requestId) {
        return firstFetching(UpliftRequest.WHOLE, UpliftRequest.BY_ID, "id", requestId);
    }

    @Override
    public List<QueueEntry> queue(long windowId, int first, int pageSize) {
        // The page's ids first, sorted on the one table; then what the queue shows of them, in that order.
        List<Long> ids = query(UpliftRequest.QUEUE, Long.class, "windowId", windowId, "draft", UpliftStatus.DRAFT,
                "waiting", UpliftStatus.SUBMITTED, "review", UpliftStatus.UNDER_REVIEW)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, QueueEntry> rows = query(UpliftRequest.QUEUE_ENTRIES, QueueEntry.class, "ids", ids).getResultStream()
                .collect(Collectors.toMap(QueueEntry::id, Function.identity()));
        return ids.stream().map(rows::get).toList();
    }

    @Override
    public List<UpliftRequest> ofWindow(long windowId) {
        return listFetching(UpliftRequest.ROW, UpliftRequest.OF_WINDOW, "windowId", windowId, "draft", UpliftStatus.DRAFT);
    }

    @Override
    public long countQueue(long windowId) {
        return query(UpliftRequest.COUNT_QUEUE, Long.class, "windowId", windowId, "draft", UpliftStatus.DRAFT).getSingleResult();
    }

    @Override
    public List<UpliftRequest> ofOrganisation(long windowId, long organisationId) {
        return list(UpliftRequest.OF_ORGANISATION_IN_WINDOW, "windowId", windowId, "organisationId", organisationId);
    }

    @Override
    public List<UpliftRequest> ofOrganisation(long organisationId) {
        return list(UpliftRequest.OF_ORGANISATION, "organisationId", organisationId);
    }

    @Override
    public Optional<UpliftRequest> findForPlacement(long windowId, long placementId) {
        return first(UpliftRequest.FOR_PLACEMENT, "windowId", windowId, "placementId", placementId);
    }

    @Override
    public List<UpliftRequest> standardWaiting(long windowId) {
        return list(UpliftRequest.STANDARD_WAITING, "windowId", windowId, "standard", UpliftKind.STANDARD,
                "waiting", UpliftStatus.SUBMITTED);
    }

    @Override
    public Map<UpliftStatus, Long> countByStatus(long windowId) {
        Map<UpliftStatus, Long> counts = new EnumMap<>(UpliftStatus.class);
        query(UpliftRequest.COUNT_BY_STATUS, Object[].class, "windowId", windowId).getResultList()
                .forEach(row -> counts.put((UpliftStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<UpliftRequest> decidedIn(Collection<Long> windowIds) {
        if (windowIds.isEmpty()) {
            return List.of();
        }
        return listFetching(UpliftRequest.ROW, UpliftRequest.DECIDED_IN, "windowIds", windowIds, "decided",
                EnumSet.of(UpliftStatus.APPROVED, UpliftStatus.PART_APPROVED, UpliftStatus.REJECTED, UpliftStatus.UNDER_REVIEW));
    }

    @Override
    public void remove(UpliftRequest draft) {
        em.remove(draft);
    }

    @Override
    protected String nameOf(UpliftRequest request) {
        return "The uplift request " + request.getReference();
    }
}
