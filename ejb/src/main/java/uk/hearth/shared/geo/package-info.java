/**
 * Small geographic value types: UK postcode districts (outward codes) and
 * latitude/longitude points, with the great-circle distance used to say how far a
 * provider's home is from a child's home area, measured between district centres.
 */
package uk.hearth.shared.geo;
