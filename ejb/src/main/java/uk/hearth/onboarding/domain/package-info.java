/**
 * Joining the dynamic purchasing system: the selection questionnaire of each lot (data, versioned), a
 * provider's application and its answers, the council's evaluation of each section, clarifications, and the
 * resulting membership of the lot (admitted, suspended or removed).
 */
package uk.hearth.onboarding.domain;
