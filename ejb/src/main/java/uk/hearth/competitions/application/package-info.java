/**
 * Use cases of mini-competitions: commissioners draft, publish, answer clarifications, open and cancel; invited
 * providers ask, bid, withdraw and bid again until the tender deadline; the evaluation panel declares conflicts of
 * interest, scores and moderates, and a commissioner decides the award and concludes the contract after the
 * standstill; council staff export the open data and the scores. Roles are checked on every method, a provider only reaches competitions it was invited to, and bid
 * contents pass only through {@link uk.hearth.competitions.application.SealedBids}, which keeps them from the council
 * until the deadline.
 */
package uk.hearth.competitions.application;
