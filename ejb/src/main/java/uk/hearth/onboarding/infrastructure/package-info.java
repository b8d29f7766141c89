/**
 * Onboarding in JPA (applications with their fetch plans, lot memberships, questionnaires) and the PDFBox rendering
 * of admission letters.
 */
package uk.hearth.onboarding.infrastructure;
