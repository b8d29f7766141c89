/**
 * The organisations capability in JPA (organisations with their user accounts, homes, documents) and the Keycloak
 * accounts of provider users (through Keycloak's admin REST API).
 */
package uk.hearth.organisations.infrastructure;
