package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;

/** Plain SQL past the entities, for what the application never does itself, such as altering an audit entry. */
@Stateless
@PermitAll
public class RawDatabase {

    @PersistenceContext
    private EntityManager em;

    public String auditSummary(long sequenceNumber) {
        return (String) em.createNativeQuery("select summary from audit_entry where sequence_number = ?1")
                .setParameter(1, sequenceNumber)
                .getSingleResult();
    }

    public void overwriteAuditSummary(long sequenceNumber, String summary) {
        int rows = em.createNativeQuery("update audit_entry set summary = ?1 where sequence_number = ?2")
                .setParameter(1, summary)
                .setParameter(2, sequenceNumber)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("No audit entry " + sequenceNumber);
        }
    }

    /** How many audit entries there are, chained or still waiting to be. */
    public long auditEntries() {
        return count("select (select count(*) from audit_entry) + (select count(*) from audit_pending)");
    }

    /** Runs a {@code select count(*)} with positional parameters ?1, ?2… */
    public long count(String countQuery, Object... parameters) {
        return ((Number) query(countQuery, parameters).getSingleResult()).longValue();
    }

    /**
     * Every value of every row {@code selectQuery} returns, as text, binary columns byte for byte: what someone
     * reading the database directly would see.
     */
    public String text(String selectQuery, Object... parameters) {
        StringBuilder text = new StringBuilder();
        for (Object row : query(selectQuery, parameters).getResultList()) {
            for (Object value : row instanceof Object[] values ? values : new Object[] {row}) {
                text.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** Changes rows past the entities, as someone with write access to the database could. */
    public int update(String updateStatement, Object... parameters) {
        return query(updateStatement, parameters).executeUpdate();
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
