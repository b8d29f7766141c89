/**
 * Mini-competitions in the pages: commissioners draft, publish and cancel them, answer clarifications, open the
 * bids and, as panel members, evaluate, award and conclude the contract ({@code commissioner/competition*.xhtml},
 * {@code commissioner/evaluation.xhtml}); invited providers ask questions and draft, submit and withdraw their bids
 * ({@code provider/competition*.xhtml}). Two servlets send the specification documents and bid attachments, and the
 * OCDS, scores and contract exports; the services decide who may see what, and when.
 */
package uk.hearth.web.competitions;
