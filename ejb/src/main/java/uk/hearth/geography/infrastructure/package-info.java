/** The postcode district centres in JPA. */
package uk.hearth.geography.infrastructure;
