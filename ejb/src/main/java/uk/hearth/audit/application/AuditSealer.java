package uk.hearth.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import uk.hearth.audit.domain.AuditChainHead;
import uk.hearth.audit.domain.AuditEntry;
import uk.hearth.audit.domain.AuditRepository;
import uk.hearth.audit.domain.PendingAuditEntry;

/**
 * The one writer of the hash chain: links entries written since the last run, in the order they were written, in
 * its own transaction. It runs every second, and before anyone reads the log, so a reader always sees every
 * committed entry chained. Acting transactions only insert, so they commit side by side instead of in turn.
 */
@Singleton
@Startup
@PermitAll
public class AuditSealer {

    private static final int BATCH = 500;

    @Inject
    private AuditRepository log;

    @Resource
    private TimerService timers;

    /** Switched off with {@code -Dhearth.scheduled-jobs=false}; readers still seal before they read. */
    @PostConstruct
    void everySecond() {
        if (Boolean.parseBoolean(System.getProperty("hearth.scheduled-jobs", "true"))) {
            timers.createIntervalTimer(1_000, 1_000, new TimerConfig("Hearth audit chain sealer", false));
        }
    }

    @Timeout
    void onTimer() {
        sealPending();
    }

    /** Chains every committed pending entry; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealPending() {
        // Most seconds there is nothing to seal: look first, so an idle server does not lock the head every second.
        if (!log.anyPending()) {
            return 0;
        }
        AuditChainHead head = log.lockHead();
        int sealed = 0;
        List<PendingAuditEntry> batch;
        do {
            batch = log.pending(BATCH);
            for (PendingAuditEntry pending : batch) {
                AuditEntry entry = pending.sealAfter(head);
                log.chain(pending, entry);
                head.advanceTo(entry);
            }
            log.endBatch();
            sealed += batch.size();
            head = log.head();
        } while (batch.size() == BATCH);
        return sealed;
    }
}
