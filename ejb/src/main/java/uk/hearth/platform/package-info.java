/**
 * Start-up work of the application as a whole: bringing the database schema up to date with Flyway before
 * anything else runs, and loading the demonstration data when it is switched on.
 */
package uk.hearth.platform;
