/** Quality assurance's JPA repositories. */
package uk.hearth.quality.infrastructure;
