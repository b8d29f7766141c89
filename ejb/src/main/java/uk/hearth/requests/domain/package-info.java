/**
 * Placement requests ("searches"): an anonymised description of one child's needs sent to every eligible admitted
 * provider of a lot, who answer with an offer of a home or a reasoned decline before the response deadline.
 * Eligibility is decided once, at publication, and stored with the reason for every provider left out.
 */
package uk.hearth.requests.domain;
