/**
 * Providers' own organisation in the pages: registering it with its first user ({@code register.xhtml}), its homes
 * and settings, and the colleagues who sign in for it ({@code provider/homes.xhtml},
 * {@code provider/colleagues.xhtml}); and the servlet that sends any stored document, such as a certificate, an
 * admission letter or a placement agreement, to whoever the service lets have it.
 */
package uk.hearth.web.organisations;
