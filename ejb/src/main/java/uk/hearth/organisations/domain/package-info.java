/**
 * Organisations that use Hearth (the council and independent providers), the numbers they register under, and
 * which users belong to which organisation. A provider user belongs to exactly one organisation and sees only its
 * data; the organisation's administrator invites the others.
 */
package uk.hearth.organisations.domain;
