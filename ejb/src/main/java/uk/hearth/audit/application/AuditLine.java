package uk.hearth.audit.application;

import java.time.Instant;
import uk.hearth.audit.domain.AuditEntry;

/** One entry of the audit log as council staff see it: whole, or withheld while what it is about is sealed. */
public record AuditLine(long sequenceNumber, Instant occurredAt, String actor, String organisation, String action,
        String entityType, String entityId, String summary) {

    /** Who a withheld entry's actor is, in words that name no one. */
    static final String A_PROVIDER = "a provider";

    static AuditLine of(AuditEntry entry) {
        return new AuditLine(entry.getSequenceNumber(), entry.getOccurredAt(), entry.getActor(), entry.getOrganisation(),
                entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getSummary());
    }

    /** The entry without who did it; its record id is withheld too, since a bid's or offer's id is the provider's. */
    static AuditLine withheld(AuditEntry entry, String summary) {
        return new AuditLine(entry.getSequenceNumber(), entry.getOccurredAt(), A_PROVIDER, null, entry.getAction(),
                entry.getEntityType(), null, summary);
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }
}
