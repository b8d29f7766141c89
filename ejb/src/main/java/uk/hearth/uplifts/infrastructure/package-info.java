/** Fee uplifts' JPA repositories and the PDFBox decision letter. */
package uk.hearth.uplifts.infrastructure;
