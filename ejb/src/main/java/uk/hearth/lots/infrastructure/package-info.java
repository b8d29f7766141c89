/** The lots' repository in JPA. */
package uk.hearth.lots.infrastructure;
