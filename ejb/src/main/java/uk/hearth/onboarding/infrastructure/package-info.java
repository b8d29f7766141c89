/** Technical implementations for onboarding: the PDFBox rendering of admission letters. */
package uk.hearth.onboarding.infrastructure;
