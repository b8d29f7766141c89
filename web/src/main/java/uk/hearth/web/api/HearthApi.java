package uk.hearth.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Hearth's JSON API for providers' own systems, beside the pages: the same services and rules, reached with a
 * Keycloak access token ({@code Authorization: Bearer …}) instead of a browser session.
 */
@ApplicationPath("/api")
public class HearthApi extends Application {
}
