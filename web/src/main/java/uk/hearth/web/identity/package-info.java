/**
 * Who is signed in, as the header and the navigation show it (roles from the Keycloak token, checked by the
 * container), and signing out of both the portal and Keycloak.
 */
package uk.hearth.web.identity;
