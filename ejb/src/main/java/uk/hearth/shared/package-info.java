/**
 * The small shared kernel every capability may use: the business-exception hierarchy, roles, the service clock,
 * the England and Wales working-day calendar and postcode geography. It depends on no capability.
 */
package uk.hearth.shared;
