/** Delivery of notifications by SMTP through WildFly's default mail session. */
package uk.hearth.notifications.infrastructure;
