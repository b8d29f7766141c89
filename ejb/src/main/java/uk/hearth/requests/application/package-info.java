/**
 * Use cases of placement requests: commissioners draft, publish, compare and choose; providers answer the
 * requests sent to them and confirm a chosen offer, which issues the Individual Placement Agreement. Roles are
 * checked on every method and a provider only ever reaches requests it was sent.
 */
package uk.hearth.requests.application;
