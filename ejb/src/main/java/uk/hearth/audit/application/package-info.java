/**
 * Writing and reading the audit log. Every service that changes state calls {@link uk.hearth.audit.application.AuditTrail#record}
 * inside its own transaction, so an entry exists exactly when the change it describes was committed.
 */
package uk.hearth.audit.application;
