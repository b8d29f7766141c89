package uk.hearth.audit.application;

import java.time.Instant;
import uk.hearth.audit.domain.AuditChain.ChainCheck;

/** The result of checking the whole audit chain, and when it was checked. */
public record ChainVerification(ChainCheck check, Instant checkedAt) {

    public boolean isIntact() {
        return check.intact();
    }
}
