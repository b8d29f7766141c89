package uk.hearth.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hearth's JSON API as the benchmarks call it: demo users' Keycloak tokens, timed requests, JSON answers. */
final class ApiClient {

    static final String PORTAL = System.getenv().getOrDefault("HEARTH_URL", "http://localhost:8080/hearth/");
    private static final String TOKEN_URL = "http://localhost:8180/realms/hearth/protocol/openid-connect/token";

    /** An answer and how long it took, in milliseconds. */
    record Sent(int status, String body, double millis) {
    }

    /** Tokens already issued, reused for less than the realm's five minutes: a one-time code is taken only once. */
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);
    private static final long TOTP_STEP_MILLIS = 30_000;

    private record Issued(String token, Instant at) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * An access token of a demo user (password "demo"), from the API client's direct grant; council staff also give
     * their current one-time code, computed by {@code ./hearth code} from the demo authenticator secret.
     */
    String token(String user) throws IOException, InterruptedException {
        Issued known = tokens.get(user);
        if (known != null && known.at().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return known.token();
        }
        boolean council = !user.startsWith("provider");
        Sent issued = requestToken(user, council);
        if (council && issued.status() == 400) {
            // Keycloak takes each one-time code once: an earlier run may have spent this step's, so wait for the next.
            Thread.sleep(TOTP_STEP_MILLIS - System.currentTimeMillis() % TOTP_STEP_MILLIS + 500);
            issued = requestToken(user, council);
        }
        String token = json(issued, 200).getString("access_token");
        tokens.put(user, new Issued(token, Instant.now()));
        return token;
    }

    private Sent requestToken(String user, boolean council) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hearth-provider-api&client_secret=demo-only-hearth-provider-api-secret"
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo"
                + (council ? "&totp=" + oneTimeCode(user) : "");
        return send(HttpRequest.newBuilder(URI.create(TOKEN_URL)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
    }

    private static String oneTimeCode(String user) throws IOException, InterruptedException {
        Process code = new ProcessBuilder("./hearth", "code", user).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String answer = new String(code.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (code.waitFor() != 0) {
            throw new IllegalStateException("./hearth code " + user + " failed");
        }
        return answer;
    }

    Sent post(String url, String token, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    Sent get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    private Sent send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Sent(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
    }

    static JsonObject json(Sent sent, int expected) {
        if (sent.status() != expected) {
            throw new IllegalStateException("Expected " + expected + " but got " + sent.status() + ": " + sent.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(sent.body()))) {
            return reader.readObject();
        }
    }
}
