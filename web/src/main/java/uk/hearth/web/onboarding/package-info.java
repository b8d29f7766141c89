/**
 * Joining the dynamic purchasing system and staying on it: providers apply to lots, answer the selection
 * questionnaire and keep their certificates current ({@code provider/application*.xhtml},
 * {@code provider/documents.xhtml}); commissioners evaluate applications and decide them
 * ({@code commissioner/application*.xhtml}); council staff search the provider directory and suspend, reinstate or
 * remove a provider on a lot ({@code council/provider*.xhtml}).
 */
package uk.hearth.web.onboarding;
