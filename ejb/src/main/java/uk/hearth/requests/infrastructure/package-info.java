/** Placement requests in JPA (requests with their recipients, offers, declines, placements) and the PDFBox Individual Placement Agreement. */
package uk.hearth.requests.infrastructure;
