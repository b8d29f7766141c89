/**
 * The JPA bases every capability's repositories extend, and the numbered series references come from. Only
 * infrastructure packages use them.
 */
package uk.hearth.shared.infrastructure;
