/** Distances between postcode districts, great-circle between their centres, for every role that shows them. */
package uk.hearth.geography.application;
