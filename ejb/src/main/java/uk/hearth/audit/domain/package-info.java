/**
 * The audit log: an append-only chain of entries, each carrying the SHA-256 of its own content and of the entry
 * before it, so that changing or removing any stored entry breaks the chain where it happened.
 */
package uk.hearth.audit.domain;
