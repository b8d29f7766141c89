package uk.hearth.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.hearth.audit.domain.AuditChain;
import uk.hearth.audit.domain.AuditChain.ChainCheck;
import uk.hearth.audit.domain.AuditChainHead;
import uk.hearth.audit.domain.AuditEntry;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.audit.domain.AuditRepository;
import uk.hearth.audit.domain.PendingAuditEntry;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/** The append-only audit log: entries are written unchained by the acting transaction and chained by {@link AuditSealer}. */
@Stateless
public class AuditTrail {

    @Inject
    private AuditRepository log;

    @Inject
    private HearthClock clock;

    @Inject
    private Actors actors;

    @Inject
    private AuditSealer sealer;

    @Inject
    @Any
    private Instance<SealedResponses> sealedResponses;

    /**
     * Appends an entry for the caller, in the caller's transaction. Open to every caller because only services
     * call it, as part of a change they have already authorised; no page offers it.
     */
    @PermitAll
    public void record(String action, String entityType, Object entityId, String summary) {
        Actors.Actor caller = actors.actor();
        // Written unchained, so concurrent actions never wait for each other; the sealer links it after commit.
        log.addPending(new PendingAuditEntry(clock.now(), caller.username(), caller.organisation().orElse(null), action,
                entityType, entityId == null ? null : entityId.toString(), summary));
    }

    /** The log as council staff may see it, a page at a time: entries about sealed responses are withheld. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditLine> search(AuditQuery query, int first, int maxResults) {
        sealer.sealPending();
        return asSeen(log.search(query, first, maxResults, unlistedBy(query)));
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditQuery query) {
        sealer.sealPending();
        return log.count(query, unlistedBy(query));
    }

    /** The history of some records, newest first: e.g. every entry about one provider's applications and memberships. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<AuditLine> historyOf(String entityType, Collection<String> entityIds) {
        sealer.sealPending();
        return asSeen(log.historyOf(entityType, entityIds));
    }

    /**
     * The actions a search by user leaves out: who saved or withdrew a bid or an offer must not be found by asking
     * for everything one user did, whether the entry itself would be withheld or not.
     */
    private Set<String> unlistedBy(AuditQuery query) {
        if (query.actor() == null || query.actor().isBlank()) {
            return Set.of();
        }
        return sealedResponses.stream().flatMap(s -> s.actions().stream()).collect(Collectors.toSet());
    }

    private List<AuditLine> asSeen(List<AuditEntry> entries) {
        Map<Long, String> withheld = new HashMap<>();
        sealedResponses.forEach(s -> withheld.putAll(s.withheld(entries)));
        return entries.stream().map(e -> withheld.containsKey(e.getSequenceNumber())
                ? AuditLine.withheld(e, withheld.get(e.getSequenceNumber())) : AuditLine.of(e)).toList();
    }

    /** Re-hashes every entry in order against the recorded head of the chain. */
    @RolesAllowed(Roles.ADMIN)
    public ChainVerification verifyChain() {
        sealer.sealPending();
        AuditChainHead head = log.head();
        try (Stream<AuditEntry> entries = log.inOrder()) {
            ChainCheck check = AuditChain.check(entries::iterator, head.sequenceNumber(), head.hash());
            return new ChainVerification(check, clock.now());
        }
    }
}
