/**
 * The small shared kernel every capability may use: the business-exception hierarchy (one base, a subclass per
 * kind of refusal), roles, the service clock, the England and Wales working-day calendar, postcode geography, money,
 * "who did it, when" ({@link uk.hearth.shared.Act}) and the column sizes many tables share. It depends on no
 * capability.
 */
package uk.hearth.shared;
