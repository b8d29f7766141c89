package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;

/**
 * A provider's own system uses the JSON API with a Keycloak access token: lists the requests sent to it, reads
 * one with its fitting homes, offers a home, is refused a second offer of the same home and a request it was not
 * sent, and withdraws its offer. No browser, the same services and rules.
 */
class ProviderApiIT {

    private static final String TOKEN_URL = "http://localhost:8180/realms/hearth/protocol/openid-connect/token";
    private static final String API = Browser.PORTAL + "api/provider/requests";
    private static final Json JSON = new Json();
    private static final Type LIST_OF_OBJECTS = new TypeToken<List<Map<String, Object>>>() { }.getType();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aProvidersSystemOffersAndWithdrawsThroughTheApi() throws Exception {
        String token = tokenFor("provider1");

        long requestId = firstOpenRequest(token);

        HttpResponse<String> detail = get(API + "/" + requestId, token);
        assertEquals(200, detail.statusCode(), detail.body());
        Matcher home = Pattern.compile("\"fittingHomes\":\\[\\{\"id\":(\\d+)").matcher(detail.body());
        assertTrue(home.find(), detail.body());
        String offer = """
                {"homeId": %s, "coreWeeklyFee": 5100.00, "staffingHoursPerWeek": 0, "staffingHourlyRate": 0,
                 "educationWeeklyFee": 0, "transportWeeklyFee": 40.00, "otherWeeklyFee": 0, "startDate": "%s",
                 "howNeedsMet": "Key worker matched before arrival (API test)."}""".formatted(home.group(1), LocalDate.now().plusDays(3));

        HttpResponse<String> made = post(API + "/" + requestId + "/offers", token, offer);
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(made.body().contains("\"weeklyFee\":5140"), made.body());
        String offerId = made.body().replaceAll(".*\"offerId\":(\\d+).*", "$1");

        HttpResponse<String> again = post(API + "/" + requestId + "/offers", token, offer);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("already offered"), again.body());

        HttpResponse<String> invalid = post(API + "/" + requestId + "/offers", token, "{\"homeId\": " + home.group(1) + "}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("Enter the core weekly fee."), invalid.body());

        HttpResponse<String> notSent = post(API + "/999999999/offers", token, offer);
        assertEquals(404, notSent.statusCode(), notSent.body());

        HttpResponse<String> withdrawn = send(HttpRequest.newBuilder(URI.create(API + "/" + requestId + "/offers/" + offerId))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(204, withdrawn.statusCode(), withdrawn.body());
        assertFalse(get(API + "/" + requestId, token).body().contains("\"offerId\":" + offerId + ","));
    }

    /**
     * The provider's system answers the demo fee review for a placement: starts a request for more than the standard,
     * saves its breakdown, is told what a submission still lacks, and cannot touch a placement that is not its own.
     */
    @Test
    void aProvidersSystemAnswersAFeeReviewThroughTheApi() throws Exception {
        String token = tokenFor("provider1");
        String reviews = Browser.PORTAL + "api/provider/fee-reviews";
        long windowId = firstOpenFeeReview(token, reviews);

        HttpResponse<String> agreements = get(reviews + "/" + windowId + "/agreements", token);
        assertEquals(200, agreements.statusCode(), agreements.body());
        List<Map<String, Object>> rows = JSON.toType(agreements.body(), LIST_OF_OBJECTS);
        Object placementId = rows.stream().filter(row -> row.get("answer") == null).findFirst()
                .map(row -> ((Map<?, ?>) row.get("placement")).get("id")).orElseThrow(() -> new AssertionError(agreements.body()));

        HttpResponse<String> started = post(reviews + "/" + windowId + "/requests", token, "{\"placementId\": " + placementId + "}");
        assertEquals(201, started.statusCode(), started.body());
        assertTrue(started.body().contains("\"status\":\"DRAFT\""), started.body());
        Map<String, Object> draft = JSON.toType(started.body(), Map.class);
        String requestUrl = Browser.PORTAL + "api/provider/uplift-requests/" + draft.get("id");

        HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(requestUrl)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"version": 0, "details": {"proposedWeeklyFee": 5600.00, "lowerFeeIntended": false,
                         "caseForUplift": "Staff pay rises with the National Living Wage (API test).", "staffHoursPerWeek": 168,
                         "hourlyRateBefore": 12.21, "hourlyRateAfter": 12.71, "onCostPercent": 18.5}}""")));
        assertEquals(200, saved.statusCode(), saved.body());
        // The saved draft says what a submission still lacks: the evidence, and nothing the draft gave.
        List<?> missing = (List<?>) JSON.<Map<String, Object>>toType(saved.body(), Map.class).get("missing");
        assertTrue(missing.stream().anyMatch(item -> item.toString().contains("evidence")), saved.body());
        assertFalse(missing.stream().anyMatch(item -> item.toString().contains("proposed weekly fee")), saved.body());

        // No evidence yet: the submission is refused and says what is missing.
        HttpResponse<String> early = post(requestUrl + "/submission", token, "{\"version\": 1}");
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("at least one piece of evidence"), early.body());

        HttpResponse<String> stale = post(requestUrl + "/submission", token, "{\"version\": 0}");
        assertEquals(409, stale.statusCode(), stale.body());

        // Evidence goes up as the file itself; the draft then lacks nothing, and the evidence can come off again.
        byte[] accounts = Files.readAllBytes(Pdfs.onePage("accounts.pdf", "Management accounts (API test)"));
        HttpResponse<String> evidenced = send(HttpRequest.newBuilder(URI.create(requestUrl + "/evidence?fileName=accounts.pdf"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(accounts)));
        assertEquals(200, evidenced.statusCode(), evidenced.body());
        Map<String, Object> withEvidence = JSON.toType(evidenced.body(), Map.class);
        assertEquals(List.of(), withEvidence.get("missing"), evidenced.body());
        Object documentId = ((Map<?, ?>) ((List<?>) withEvidence.get("evidence")).get(0)).get("documentId");
        HttpResponse<String> removed = send(HttpRequest.newBuilder(URI.create(requestUrl + "/evidence/" + ((Number) documentId).longValue()))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(), JSON.<Map<String, Object>>toType(removed.body(), Map.class).get("evidence"), removed.body());

        // With no question asked and nothing decided, neither an answer nor a review is taken.
        long version = ((Number) JSON.<Map<String, Object>>toType(removed.body(), Map.class).get("version")).longValue();
        HttpResponse<String> unasked = post(requestUrl + "/clarification-answer", token,
                "{\"version\": " + version + ", \"answer\": \"Nothing was asked (API test).\"}");
        assertEquals(409, unasked.statusCode(), unasked.body());
        assertTrue(unasked.body().contains("no question waiting"), unasked.body());
        HttpResponse<String> undecided = post(requestUrl + "/review", token,
                "{\"version\": " + version + ", \"reasons\": \"Nothing was decided (API test).\"}");
        assertEquals(409, undecided.statusCode(), undecided.body());
        assertTrue(undecided.body().contains("nothing to review yet"), undecided.body());

        // The draft is thrown away, so the placement can be answered afresh.
        HttpResponse<String> discarded = send(HttpRequest.newBuilder(URI.create(requestUrl + "?version=" + version))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(204, discarded.statusCode(), discarded.body());
        assertEquals(404, get(requestUrl, token).statusCode());

        HttpResponse<String> notMine = post(reviews + "/" + windowId + "/acceptances", token, "{\"placementIds\": [999999999]}");
        assertEquals(404, notMine.statusCode(), notMine.body());
        assertEquals(403, get(reviews, tokenFor("commissioner1")).statusCode());
    }

    /** The demo fee review, opened by a timer some seconds after start-up. */
    private long firstOpenFeeReview(String token, String reviews) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        String listed;
        do {
            HttpResponse<String> response = get(reviews, token);
            assertEquals(200, response.statusCode(), response.body());
            listed = response.body();
            Optional<Number> open = JSON.<List<Map<String, Object>>>toType(listed, LIST_OF_OBJECTS).stream()
                    .filter(w -> Boolean.TRUE.equals(w.get("open")) && String.valueOf(w.get("name")).startsWith("Fee review "))
                    .map(w -> (Number) w.get("id")).findFirst();
            if (open.isPresent()) {
                return open.get().longValue();
            }
            Thread.sleep(1_000);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("no open demo fee review for provider1: " + listed);
    }

    @Test
    void withoutATokenOrWithTheWrongRoleTheApiAnswersNothing() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(API)).GET());
        assertNotEquals(200, anonymous.statusCode());
        assertFalse(anonymous.body().contains("reference"));

        HttpResponse<String> commissioner = get(API, tokenFor("commissioner1"));
        assertEquals(403, commissioner.statusCode());
    }

    @Test
    void anAdministratorsMonitoringChecksTheAuditChainAndNoOneElseCan() throws Exception {
        String chain = Browser.PORTAL + "api/admin/audit-chain";
        HttpResponse<String> checked = get(chain, tokenFor("admin1"));
        assertEquals(200, checked.statusCode(), checked.body());
        assertTrue(checked.body().contains("\"intact\":true"), checked.body());

        HttpResponse<String> provider = get(chain, tokenFor("provider1"));
        assertEquals(403, provider.statusCode());
        assertFalse(provider.body().contains("entriesChecked"));
    }

    /**
     * The first request still open, whatever order the JSON lists its properties in. The demo requests are sent
     * by a timer shortly after the server starts, so a test run that begins at once waits for them.
     */
    private long firstOpenRequest(String token) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        String inbox;
        do {
            HttpResponse<String> response = get(API, token);
            assertEquals(200, response.statusCode(), response.body());
            inbox = response.body();
            Matcher request = Pattern.compile("\\{[^{}]*\\}").matcher(inbox);
            while (request.find()) {
                String json = request.group();
                if (json.contains("\"status\":\"PUBLISHED\"")) {
                    return Long.parseLong(json.replaceAll(".*\"id\":(\\d+).*", "$1"));
                }
            }
            Thread.sleep(1_000);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("no open demo request for provider1: " + inbox);
    }

    private String tokenFor(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hearth-provider-api&client_secret=demo-only-hearth-provider-api-secret"
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo"
                // Council staff's tokens need their one-time code too; providers' do not.
                + (user.startsWith("provider") ? "" : "&totp=" + OneTimeCode.unused(user));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> post(String url, String token, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
