package uk.hearth.organisations.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import uk.hearth.organisations.application.IdentityAccounts;
import uk.hearth.organisations.application.NewUser;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.security.Roles;

/**
 * Provider accounts in Keycloak, through its admin REST API as the service account of the {@code hearth-admin-api}
 * client (client credentials). The realm is the one WildFly signs users in with ({@code OIDC_PROVIDER_URL}); the
 * client secret comes from {@code HEARTH_ADMIN_CLIENT_SECRET}. Neither the secret, the token nor a password is
 * ever logged, and the user sees only plain-English refusals.
 */
@ApplicationScoped
public class KeycloakAdminAccounts implements IdentityAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAdminAccounts.class.getName());

    private static final String DEFAULT_PROVIDER_URL = "http://localhost:8180/realms/hearth";
    private static final String CLIENT_ID = "hearth-admin-api";
    /** Demo only, like the realm file it matches: a real installation sets HEARTH_ADMIN_CLIENT_SECRET. */
    private static final String DEMO_CLIENT_SECRET = "demo-only-hearth-admin-api-secret";
    /** The client whose home page the links in Keycloak's emails lead back to. */
    private static final String PORTAL_CLIENT_ID = "hearth-portal";
    /** Longer than Keycloak's 12-hour default: a colleague may not read the invitation the same day. */
    private static final Duration INVITATION_LIFESPAN = Duration.ofDays(3);

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** A token is renewed this long before it expires, so it cannot lapse between check and use. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);
    /** Keycloak's ids are UUIDs; anything else in a Location header is not put into a URL. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static final String UNAVAILABLE = "Hearth cannot create accounts right now; try again in a few minutes.";

    @Inject
    private Event<CreatedAccount> createdAccounts;

    private HttpClient http;
    private URI tokenEndpoint;
    private String adminBase;
    private String clientSecret;

    /** Guarded by {@code this}. */
    private AccessToken token;

    @PostConstruct
    void configure() {
        // The system property lets a test server point at a realm that is not there (the ITs' refusal cases).
        String provider = System.getProperty("hearth.oidc.provider-url", setting("OIDC_PROVIDER_URL", DEFAULT_PROVIDER_URL))
                .replaceAll("/+$", "");
        int realms = provider.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("OIDC_PROVIDER_URL must end with /realms/<realm>, but is " + provider);
        }
        tokenEndpoint = URI.create(provider + "/protocol/openid-connect/token");
        adminBase = provider.substring(0, realms) + "/admin" + provider.substring(realms);
        clientSecret = setting("HEARTH_ADMIN_CLIENT_SECRET", DEMO_CLIENT_SECRET);
        http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    @Override
    public String createProviderUser(NewUser user) {
        JsonObjectBuilder representation = Json.createObjectBuilder()
                .add("username", user.username())
                .add("email", user.email())
                .add("firstName", user.firstName())
                .add("lastName", user.lastName())
                .add("enabled", true)
                .add("emailVerified", false);
        if (user.password() != null) {
            representation.add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("type", "password").add("value", user.password()).add("temporary", false)));
        }
        HttpResponse<String> created = call("POST", "/users", representation.build());
        if (created.statusCode() == 409) {
            throw new BusinessException(ACCOUNT_EXISTS);
        }
        if (created.statusCode() == 400) {
            LOG.warning(() -> "Keycloak refused a new user: " + errorOf(created));
            throw new BusinessException("Hearth could not create an account with those details. Check the names and "
                    + "the email address, and try again.");
        }
        expect(created, 201, "create a user", UNAVAILABLE);
        String userId = created.headers().firstValue("Location").map(location -> location.replaceAll(".*/", ""))
                .filter(id -> USER_ID.matcher(id).matches())
                .orElseThrow(() -> unexpected("create a user: no user id in its answer", UNAVAILABLE));
        // From here on, a failure anywhere in the caller's transaction removes the account again.
        createdAccounts.fire(new CreatedAccount(userId));

        HttpResponse<String> role = call("GET", "/roles/" + Roles.PROVIDER, null);
        expect(role, 200, "read the provider role", UNAVAILABLE);
        expect(call("POST", "/users/" + userId + "/role-mappings/realm", Json.createArrayBuilder().add(json(role)).build()),
                204, "give a user the provider role", UNAVAILABLE);
        if (user.password() != null) {
            expect(call("PUT", "/users/" + userId + "/send-verify-email?client_id=" + PORTAL_CLIENT_ID, null), 204,
                    "email a link to confirm an address",
                    "Hearth could not send the email that confirms your address; try again in a few minutes.");
        }
        return userId;
    }

    @Override
    public void sendSetPasswordInvitation(String userId) {
        if (!USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("Not a Keycloak user id: " + userId);
        }
        expect(call("PUT", "/users/" + userId + "/execute-actions-email?client_id=" + PORTAL_CLIENT_ID + "&lifespan="
                        + INVITATION_LIFESPAN.toSeconds(),
                        Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL").build()),
                204, "email an invitation", "Hearth could not send the invitation email; try again in a few minutes.");
    }

    /**
     * Keycloak keeps an account whatever happens to the transaction that asked for it, so one whose transaction
     * rolled back (a later refusal, a failed commit) is deleted here. If even that fails the account is left
     * without a Hearth organisation, able to do nothing, and the log says which to delete.
     */
    void removeAfterRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) CreatedAccount account) {
        try {
            HttpResponse<String> deleted = call("DELETE", "/users/" + account.userId(), null);
            if (deleted.statusCode() == 204 || deleted.statusCode() == 404) {
                LOG.info(() -> "Removed Keycloak user " + account.userId() + ": the transaction that created it rolled back");
                return;
            }
            LOG.warning(() -> "Keycloak answered " + deleted.statusCode() + " when asked to remove user " + account.userId()
                    + " after a rollback; delete it in the Keycloak admin console: " + errorOf(deleted));
        } catch (BusinessException e) {
            LOG.warning(() -> "Could not remove Keycloak user " + account.userId() + " after a rollback; delete it in the"
                    + " Keycloak admin console");
        }
    }

    /** One admin API call, with one retry on 401 in case Keycloak restarted and no longer knows the cached token. */
    private HttpResponse<String> call(String method, String path, JsonStructure body) {
        try {
            HttpResponse<String> response = http.send(request(method, path, body, accessToken()), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                forgetToken();
                response = http.send(request(method, path, body, accessToken()), HttpResponse.BodyHandlers.ofString());
            }
            return response;
        } catch (IOException e) {
            LOG.warning(() -> "Keycloak's admin API at " + adminBase + " could not be reached: " + e);
            throw new BusinessException(UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(UNAVAILABLE);
        }
    }

    private HttpRequest request(String method, String path, JsonStructure body, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }

    /** The service account's access token, fetched again shortly before it expires. */
    private synchronized String accessToken() throws IOException, InterruptedException {
        if (token == null || Instant.now().plus(TOKEN_MARGIN).isAfter(token.expiresAt())) {
            String form = "grant_type=client_credentials&client_id=" + encode(CLIENT_ID) + "&client_secret=" + encode(clientSecret);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            expect(response, 200, "issue the " + CLIENT_ID + " client a token (is HEARTH_ADMIN_CLIENT_SECRET right?)", UNAVAILABLE);
            JsonObject answer = json(response);
            token = new AccessToken(answer.getString("access_token"),
                    Instant.now().plusSeconds(answer.getJsonNumber("expires_in").longValue()));
        }
        return token.value();
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private static void expect(HttpResponse<String> response, int status, String what, String refusal) {
        if (response.statusCode() != status) {
            throw unexpected(what + ": it answered " + response.statusCode() + " " + errorOf(response), refusal);
        }
    }

    private static BusinessException unexpected(String what, String refusal) {
        LOG.warning(() -> "Keycloak did not " + what);
        return new BusinessException(refusal);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw unexpected("answer in JSON: " + e.getMessage(), UNAVAILABLE);
        }
    }

    /** Keycloak's own description of a refusal (never the request, which may hold a password). */
    private static String errorOf(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject error = reader.readObject();
            return Optional.ofNullable(error.getString("errorMessage", null))
                    .or(() -> Optional.ofNullable(error.getString("error_description", null)))
                    .or(() -> Optional.ofNullable(error.getString("error", null)))
                    .orElse("(no description)");
        } catch (JsonException | IllegalStateException e) {
            return "(no description)";
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** An account this bean created, fired so that {@link #removeAfterRollback} can undo it. */
    record CreatedAccount(String userId) {
    }

    private record AccessToken(String value, Instant expiresAt) {
    }
}
