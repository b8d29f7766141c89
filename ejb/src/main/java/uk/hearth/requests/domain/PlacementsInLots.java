package uk.hearth.requests.domain;

/**
 * The placements of some lots at a glance, counted in the database: how many, with how many providers, and how many
 * have had no fee change for over 12 months by a given day (legacy agreements a fee review must not forget).
 */
public record PlacementsInLots(long placements, long providers, long unchangedForAYear) {
}
