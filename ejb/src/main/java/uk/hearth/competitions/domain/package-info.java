/**
 * Mini-competitions (further competitions) for block contracts: the competition and its published evaluation
 * model, the invitation of every admitted, unsuspended provider of the lot, clarifications answered to all without
 * naming the asker, and bids whose contents stay sealed until the tender deadline.
 */
package uk.hearth.competitions.domain;
