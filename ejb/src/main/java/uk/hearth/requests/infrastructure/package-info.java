/** Technical implementations for placement requests: the PDFBox Individual Placement Agreement. */
package uk.hearth.requests.infrastructure;
