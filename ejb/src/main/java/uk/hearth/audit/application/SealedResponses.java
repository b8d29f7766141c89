package uk.hearth.audit.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.hearth.audit.domain.AuditEntry;

/**
 * Responses the council may not see yet: bids before their competition's recorded opening, offers before their
 * request's deadline. Until then the council learns how many, never who: the log shows such entries without the
 * provider's user or organisation and with a summary that names no one. Implemented by each capability that takes
 * sealed responses, so the log depends on none of them; the chain itself keeps every entry whole.
 */
public interface SealedResponses {

    /** The actions whose entries may be withheld; a search by user never lists them, sealed or not. */
    Set<String> actions();

    /** For the entries still sealed, by sequence number, what the log says instead of their summary. */
    Map<Long, String> withheld(List<AuditEntry> entries);
}
