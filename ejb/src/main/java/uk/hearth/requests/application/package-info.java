/**
 * Use cases of placement requests: commissioners draft, publish and follow requests; providers answer those
 * sent to them. Roles are checked on every method and a provider only ever reaches requests it was sent.
 */
package uk.hearth.requests.application;
