/**
 * The administrators' view of the audit log ({@code admin/audit.xhtml}): entries paged and filtered in the
 * database, and a check that the hash chain is unbroken. Nothing here writes to the log; services do, as they act.
 */
package uk.hearth.web.audit;
