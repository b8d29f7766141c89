/**
 * Technical implementations for mini-competitions: the JPA repositories (named queries only), PDF award letters and
 * block contracts, and AES-256-GCM envelope encryption of bids from the JDK, with the master key kept outside the
 * database (a key file under the server's data directory, or the environment).
 */
package uk.hearth.competitions.infrastructure;
