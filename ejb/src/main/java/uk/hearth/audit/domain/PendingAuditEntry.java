package uk.hearth.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An audit entry written but not yet linked into the chain: stored in the acting transaction (so it exists exactly
 * when the change it records does), then sealed into an {@link AuditEntry} by the single chain writer.
 */
@Entity
@Table(name = "audit_pending")
@NamedQuery(name = PendingAuditEntry.IN_ORDER, query = "select p from PendingAuditEntry p order by p.id")
public class PendingAuditEntry {

    public static final String IN_ORDER = "PendingAuditEntry.inOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = AuditEntry.ACTOR_LENGTH)
    private String actor;

    @Column(updatable = false, length = AuditEntry.ORGANISATION_LENGTH)
    private String organisation;

    @Column(nullable = false, updatable = false, length = AuditEntry.ACTION_LENGTH)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = AuditEntry.ENTITY_TYPE_LENGTH)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = AuditEntry.ENTITY_ID_LENGTH)
    private String entityId;

    @Column(nullable = false, updatable = false, length = AuditEntry.SUMMARY_LENGTH)
    private String summary;

    protected PendingAuditEntry() {
    }

    /** Over-long texts are cut so a record is never refused. */
    public PendingAuditEntry(Instant occurredAt, String actor, String organisation, String action, String entityType,
            String entityId, String summary) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = AuditEntry.cut(Objects.requireNonNull(actor), AuditEntry.ACTOR_LENGTH);
        this.organisation = AuditEntry.cut(organisation, AuditEntry.ORGANISATION_LENGTH);
        this.action = AuditEntry.cut(Objects.requireNonNull(action), AuditEntry.ACTION_LENGTH);
        this.entityType = AuditEntry.cut(Objects.requireNonNull(entityType), AuditEntry.ENTITY_TYPE_LENGTH);
        this.entityId = AuditEntry.cut(entityId, AuditEntry.ENTITY_ID_LENGTH);
        this.summary = AuditEntry.cut(Objects.requireNonNull(summary), AuditEntry.SUMMARY_LENGTH);
    }

    /** The chained entry that records this one after {@code head}. */
    public AuditEntry sealAfter(AuditChainHead head) {
        return AuditEntry.following(head, occurredAt, actor, organisation, action, entityType, entityId, summary);
    }
}
