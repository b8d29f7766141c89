package uk.hearth.requests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.DeclineRepository;
import uk.hearth.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class JpaDeclineRepository extends JpaRepository<Decline> implements DeclineRepository {

    public JpaDeclineRepository() {
        super(Decline.class, "The decline");
    }

    @Override
    public List<Decline> ofRequest(long requestId) {
        return list(Decline.OF_REQUEST, "requestId", requestId);
    }

    @Override
    public Optional<Decline> findOf(long requestId, long organisationId) {
        return first(Decline.OF_REQUEST_AND_ORGANISATION, "requestId", requestId, "organisationId", organisationId);
    }

    @Override
    public Map<DeclineReason, Long> countByReason() {
        Map<DeclineReason, Long> counts = new EnumMap<>(DeclineReason.class);
        query(Decline.COUNT_BY_REASON, Object[].class).getResultList()
                .forEach(row -> counts.put((DeclineReason) row[0], (Long) row[1]));
        return counts;
    }
}
