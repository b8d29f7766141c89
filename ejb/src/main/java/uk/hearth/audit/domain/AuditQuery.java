package uk.hearth.audit.domain;

/** Filters for browsing the audit log; a blank field does not filter. Matching is by "contains", ignoring case. */
public record AuditQuery(String actor, String action, String entityType, String entityId) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }
}
