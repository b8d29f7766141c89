package uk.hearth.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened: who did what to which record, when. Never updated once written, and stored exactly as
 * it was hashed: none of the text conversions other columns have, so the stored entry always re-hashes the same.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.IN_ORDER, query = "select e from AuditEntry e order by e.sequenceNumber")
@NamedQuery(name = AuditEntry.HISTORY_OF,
        query = "select e from AuditEntry e where e.entityType = :type and e.entityId in :ids order by e.sequenceNumber desc")
public class AuditEntry {

    public static final String IN_ORDER = "AuditEntry.inOrder";
    public static final String HISTORY_OF = "AuditEntry.historyOf";
    public static final int ACTOR_LENGTH = 100;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int ACTION_LENGTH = 60;
    public static final int ENTITY_TYPE_LENGTH = 60;
    public static final int ENTITY_ID_LENGTH = 60;
    public static final int SUMMARY_LENGTH = 4000;

    @Id
    @Column(name = "sequence_number", updatable = false)
    private long sequenceNumber;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Convert(disableConversion = true)
    @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;

    @Convert(disableConversion = true)
    @Column(updatable = false, length = ORGANISATION_LENGTH)
    private String organisation;

    @Convert(disableConversion = true)
    @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
    private String action;

    @Convert(disableConversion = true)
    @Column(name = "entity_type", nullable = false, updatable = false, length = ENTITY_TYPE_LENGTH)
    private String entityType;

    @Convert(disableConversion = true)
    @Column(name = "entity_id", updatable = false, length = ENTITY_ID_LENGTH)
    private String entityId;

    @Convert(disableConversion = true)
    @Column(nullable = false, updatable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Convert(disableConversion = true)
    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Convert(disableConversion = true)
    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /** The entry that follows {@code head} in the chain. Over-long texts are cut so a record is never refused. */
    public static AuditEntry following(AuditChainHead head, Instant occurredAt, String actor, String organisation,
            String action, String entityType, String entityId, String summary) {
        AuditEntry entry = new AuditEntry();
        entry.sequenceNumber = head.sequenceNumber() + 1;
        entry.occurredAt = Objects.requireNonNull(occurredAt);
        entry.actor = cut(Objects.requireNonNull(actor), ACTOR_LENGTH);
        entry.organisation = cut(organisation, ORGANISATION_LENGTH);
        entry.action = cut(Objects.requireNonNull(action), ACTION_LENGTH);
        entry.entityType = cut(Objects.requireNonNull(entityType), ENTITY_TYPE_LENGTH);
        entry.entityId = cut(entityId, ENTITY_ID_LENGTH);
        entry.summary = cut(Objects.requireNonNull(summary), SUMMARY_LENGTH);
        entry.previousHash = head.hash();
        entry.hash = AuditChain.hashOf(entry);
        return entry;
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
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

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
