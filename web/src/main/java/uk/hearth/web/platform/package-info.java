/**
 * Running Hearth rather than using it: the test clock, which administrators move on a training or test server so
 * that a deadline or a standstill passes in minutes.
 */
package uk.hearth.web.platform;
