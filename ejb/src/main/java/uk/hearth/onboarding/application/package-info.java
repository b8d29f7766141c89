/**
 * Use cases of joining the dynamic purchasing system: applications to lots, their evaluation and admission.
 * Services span transactions, check roles and write the audit log.
 */
package uk.hearth.onboarding.application;
