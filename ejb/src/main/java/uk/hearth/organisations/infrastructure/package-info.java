/**
 * Technical implementations of the organisations capability's interfaces: the file-system document store and
 * the Keycloak accounts of provider users (through Keycloak's admin REST API).
 */
package uk.hearth.organisations.infrastructure;
