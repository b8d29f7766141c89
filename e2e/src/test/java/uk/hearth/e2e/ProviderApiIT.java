package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A provider's own system uses the JSON API with a Keycloak access token: lists the requests sent to it, reads
 * one with its fitting homes, offers a home, is refused a second offer of the same home and a request it was not
 * sent, and withdraws its offer. No browser, the same services and rules.
 */
class ProviderApiIT {

    private static final String TOKEN_URL = "http://localhost:8180/realms/hearth/protocol/openid-connect/token";
    private static final String API = Browser.PORTAL + "api/provider/requests";
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

    @Test
    void withoutATokenOrWithTheWrongRoleTheApiAnswersNothing() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(API)).GET());
        assertNotEquals(200, anonymous.statusCode());
        assertFalse(anonymous.body().contains("reference"));

        HttpResponse<String> commissioner = get(API, tokenFor("commissioner1"));
        assertEquals(403, commissioner.statusCode());
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
