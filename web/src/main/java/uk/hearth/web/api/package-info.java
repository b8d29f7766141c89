/**
 * The JSON API under {@code /api} ({@link uk.hearth.web.api.HearthApi}): providers' own systems read the requests
 * sent to them and make or withdraw offers, and answer fee reviews (the standard uplift accepted for many placements,
 * or a draft asking for more saved and submitted); councils' case-management systems draft and publish requests; an administrator's monitoring checks the audit
 * chain and a request's timers.
 * Keycloak bearer tokens stand in for a browser session; the resources call the same services as the pages, and
 * refusals come back as JSON carrying the pages' messages, with a status a program can act on.
 */
package uk.hearth.web.api;
