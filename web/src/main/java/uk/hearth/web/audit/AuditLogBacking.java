package uk.hearth.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.application.ChainVerification;
import uk.hearth.audit.domain.AuditQuery;

/** admin/audit.xhtml: the audit log, newest first, paged and filtered in the database. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail auditTrail;

    private final LazyDataModel<AuditLine> entries = new AuditEntries();

    private ChainVerification verification;

    public void verifyChain() {
        verification = auditTrail.verifyChain();
    }

    public LazyDataModel<AuditLine> getEntries() {
        return entries;
    }

    public boolean isChecked() {
        return verification != null;
    }

    public boolean isChainIntact() {
        return verification != null && verification.isIntact();
    }

    /** The outcome of the last check in words, for the status line. */
    public String getChainStatus() {
        if (verification == null) {
            return null;
        }
        long checked = verification.check().entriesChecked();
        return verification.check().firstBreak()
                .map(b -> "The chain is broken at entry " + b.sequenceNumber() + ": " + b.reason() + ". "
                        + checked + " entries before it are sound.")
                .orElse("The chain is intact: " + checked + " entries checked.");
    }

    private final class AuditEntries extends LazyDataModel<AuditLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(auditTrail.count(queryOf(filters)));
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return auditTrail.search(queryOf(filters), first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine entry) {
            return String.valueOf(entry.getSequenceNumber());
        }

        private AuditQuery queryOf(Map<String, FilterMeta> filters) {
            return new AuditQuery(text(filters, "actor"), text(filters, "action"), text(filters, "entityType"),
                    text(filters, "entityId"));
        }

        private String text(Map<String, FilterMeta> filters, String field) {
            FilterMeta meta = filters.get(field);
            return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
        }
    }
}
