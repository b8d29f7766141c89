/** The audit log in JPA: pending entries, the hash chain and its head, and the log's searches. */
package uk.hearth.audit.infrastructure;
