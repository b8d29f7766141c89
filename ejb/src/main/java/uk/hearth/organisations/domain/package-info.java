/**
 * Organisations that use Hearth (the council and independent providers) and which users belong to which
 * organisation. A provider user belongs to exactly one organisation and sees only its data.
 */
package uk.hearth.organisations.domain;
