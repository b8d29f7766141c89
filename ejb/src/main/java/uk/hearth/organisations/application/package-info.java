/**
 * Use cases about organisations and their users. Services here span transactions, check roles and write the
 * audit log; pages call them and nothing below them.
 */
package uk.hearth.organisations.application;
