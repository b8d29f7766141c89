/**
 * Messages Hearth sends people: what is said, to whom, with which attachments. Services fire a
 * {@link uk.hearth.notifications.domain.Notification} as a CDI event; it is sent only if their transaction commits.
 */
package uk.hearth.notifications.domain;
