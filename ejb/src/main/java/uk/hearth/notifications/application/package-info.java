/** Sending notifications once the work they describe has been committed, never for work that rolled back. */
package uk.hearth.notifications.application;
