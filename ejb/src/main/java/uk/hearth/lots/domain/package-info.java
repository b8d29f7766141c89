/**
 * The lots of the dynamic purchasing system (residential, fostering, supported accommodation and so on) with
 * their sub-categories. Reference data: loaded by migration, edited only by administrators.
 */
package uk.hearth.lots.domain;
