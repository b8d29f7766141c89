package uk.hearth.audit.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.audit.domain.AuditEntry;

/**
 * The usual way to say which entries of one kind of record are sealed: look the records up by the entries' ids,
 * all at once, and ask each whether it is still sealed.
 *
 * @param <T> the record the entries are about (a bid, an offer)
 */
public abstract class SealedEntries<T> implements SealedResponses {

    private final String entityType;
    private final Set<String> actions;

    protected SealedEntries(String entityType, Set<String> actions) {
        this.entityType = entityType;
        this.actions = actions;
    }

    @Override
    public Set<String> actions() {
        return actions;
    }

    @Override
    public Map<Long, String> withheld(List<AuditEntry> entries) {
        List<AuditEntry> about = entries.stream().filter(e -> entityType.equals(e.getEntityType())
                && actions.contains(e.getAction()) && e.getEntityId() != null).toList();
        if (about.isEmpty()) {
            return Map.of();
        }
        Map<Long, T> records = find(about.stream().map(e -> Long.valueOf(e.getEntityId())).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(this::idOf, Function.identity()));
        Map<Long, String> withheld = new HashMap<>();
        for (AuditEntry entry : about) {
            Optional.ofNullable(records.get(Long.valueOf(entry.getEntityId())))
                    .flatMap(record -> whileSealed(record, entry.getAction()))
                    .ifPresent(summary -> withheld.put(entry.getSequenceNumber(), summary));
        }
        return withheld;
    }

    protected abstract List<T> find(Collection<Long> ids);

    protected abstract long idOf(T record);

    /** What the log says of the action while the record is sealed, naming no one; empty once it is open. */
    protected abstract Optional<String> whileSealed(T record, String action);
}
