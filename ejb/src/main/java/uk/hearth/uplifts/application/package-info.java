/**
 * Fee uplifts' use cases: {@link uk.hearth.uplifts.application.FeeReviews} for the council (open a window, see every
 * placement in scope, decide requests on time, approve the standard acceptances in bulk, export the decisions) and
 * {@link uk.hearth.uplifts.application.ProviderUplifts} for providers (answer for their own placements only).
 */
package uk.hearth.uplifts.application;
