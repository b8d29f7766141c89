/**
 * Mini-competitions (further competitions) for block contracts: the competition and its published evaluation
 * model, the invitation of every admitted, unsuspended provider of the lot, clarifications answered to all without
 * naming the asker, bids whose contents stay sealed until the tender deadline, and their evaluation: conflict
 * declarations, evaluators' and moderated scores, pass/fail results, and the pure scoring, standstill and ranking
 * rules. Competitions (with their invitations, documents and clarifications), bids and evaluation records are
 * reached through their repositories.
 */
package uk.hearth.competitions.domain;
