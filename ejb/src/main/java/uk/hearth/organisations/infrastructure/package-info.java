/** Technical implementations of the organisations domain's interfaces: the file-system document store. */
package uk.hearth.organisations.infrastructure;
