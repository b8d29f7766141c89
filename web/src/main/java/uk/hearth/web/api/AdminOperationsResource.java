package uk.hearth.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.application.ChainVerification;
import uk.hearth.audit.domain.AuditChain.ChainBreak;
import uk.hearth.requests.application.RequestDeadlines;

/**
 * What an administrator's monitoring asks of a running Hearth: is the audit chain whole, and which timers wait for
 * a request. The crash drill ({@code ./hearth bench crash}) asks both before a {@code kill -9} and after the restart.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOperationsResource {

    /** The chain as last checked; where it is broken, the first entry that does not match and why. */
    public record ChainState(boolean intact, long entriesChecked, Long brokenAt, String reason, Instant checkedAt) {

        static ChainState of(ChainVerification verification) {
            ChainBreak broken = verification.check().firstBreak().orElse(null);
            return new ChainState(verification.isIntact(), verification.check().entriesChecked(),
                    broken == null ? null : broken.sequenceNumber(), broken == null ? null : broken.reason(),
                    verification.checkedAt());
        }
    }

    @Inject
    private AuditTrail audit;

    @Inject
    private RequestDeadlines deadlines;

    @GET
    @Path("/audit-chain")
    public ChainState auditChain() {
        return ChainState.of(audit.verifyChain());
    }

    /** The purposes of the persistent timers waiting for a request: tier two, reminder, close. */
    @GET
    @Path("/requests/{id}/timers")
    public List<String> timers(@PathParam("id") long requestId) {
        return deadlines.scheduledFor(requestId).stream().map(due -> due.purpose().name()).toList();
    }
}
