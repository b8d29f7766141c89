package uk.hearth.audit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The audit log: entries written unchained by acting transactions, the hash-chained entries the sealer makes of
 * them, and the chain's head. Nothing is ever changed or deleted but a pending entry once it is chained.
 */
public interface AuditRepository {

    void addPending(PendingAuditEntry entry);

    /** Whether any entry is waiting to be chained. */
    boolean anyPending();

    /** The oldest pending entries, at most {@code max}, in the order they were written. */
    List<PendingAuditEntry> pending(int max);

    /** The chain's head, locked until the transaction ends: the sealer is its one writer. */
    AuditChainHead lockHead();

    AuditChainHead head();

    /** Chains one pending entry: the chained entry is stored and the pending one removed. */
    void chain(PendingAuditEntry pending, AuditEntry entry);

    /** Writes what was chained so far and forgets it, so a long backlog is sealed in batches of bounded memory. */
    void endBatch();

    /** Chained entries matching the filters, newest first, a page at a time, leaving out {@code unlisted} actions. */
    List<AuditEntry> search(AuditQuery query, int first, int maxResults, Set<String> unlisted);

    long count(AuditQuery query, Set<String> unlisted);

    /** Every chained entry about these records, newest first. */
    List<AuditEntry> historyOf(String entityType, Collection<String> entityIds);

    /** Every chained entry in chain order; the caller closes the stream. */
    Stream<AuditEntry> inOrder();
}
