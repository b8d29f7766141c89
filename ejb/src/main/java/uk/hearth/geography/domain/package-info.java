/** Postcode districts and their centres: the reference data every distance in Hearth is measured from. */
package uk.hearth.geography.domain;
