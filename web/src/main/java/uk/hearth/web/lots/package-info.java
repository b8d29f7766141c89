/**
 * The administrators' page for the lots of the dynamic purchasing system ({@code admin/lots.xhtml}): each lot's
 * public description and its rate band.
 */
package uk.hearth.web.lots;
