package uk.hearth.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * HTTP hardening (docs/security.md): every kind of response carries the security headers, pages run nothing their
 * Content-Security-Policy refuses, and the session cookie stays on Hearth's own requests. A page's address with a bad
 * id is the friendly not-found page (404); a body the API cannot read is a 400 in the API's own shape; an expired
 * page and a crafted number end on Hearth's own words, never an exception's.
 */
class SecurityHeadersIT {

    private static final String TOKEN_URL = "http://localhost:8180/realms/hearth/protocol/openid-connect/token";
    private static final String API = Browser.PORTAL + "api/provider/requests";
    private static final String NOTHING_MAY_RUN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePublicHomePageAndTheErrorPagesCarryThePagePolicy() throws Exception {
        HttpResponse<String> home = get(Browser.PORTAL, null);
        assertEquals(200, home.statusCode());
        assertPagePolicy(home.headers(), home.body());

        HttpResponse<String> missing = get(Browser.PORTAL + "no-such-page.xhtml", null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains(">Page not found</h1>"), missing.body());
        assertPagePolicy(missing.headers(), missing.body());

        HttpResponse<String> fault = get(Browser.PORTAL + "error/fault", null);
        assertEquals(500, fault.statusCode());
        assertTrue(fault.body().contains(">Sorry, something went wrong</h1>"), fault.body());
        assertPagePolicy(fault.headers(), fault.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "provider1,     provider/dashboard.xhtml",
            "commissioner1, commissioner/dashboard.xhtml",
            "contract1,     contract-manager/dashboard.xhtml",
            "admin1,        admin/dashboard.xhtml"
    })
    void aSignedInPageOfEachRoleCarriesThemRunsNothingRefusedAndKeepsItsCookieToItself(String username, String dashboard) {
        try (Browser browser = new Browser()) {
            browser.recordCspViolations();
            browser.signInAs(username);
            browser.waitForUrl(dashboard);
            browser.awaitPageSettled();
            assertEquals(List.of(), browser.cspViolations());

            HttpResponse<byte[]> page = browser.fetch(Browser.PORTAL + dashboard);
            assertEquals(200, page.statusCode());
            assertPagePolicy(page.headers(), new String(page.body(), UTF_8));

            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(session.isHttpOnly(), session::toString);
            assertEquals("Lax", session.getSameSite(), session::toString);
            assertEquals(Browser.PORTAL.startsWith("https:"), session.isSecure(), session::toString);
        }
    }

    @Test
    void aDownloadAndTheApiMayRunNothing() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            HttpResponse<byte[]> export = browser.fetch(Browser.PORTAL + "council/exports/actual-placements.csv");
            assertEquals(200, export.statusCode());
            assertNothingMayRun(export.headers());
        }

        HttpResponse<String> inbox = get(API, tokenFor("provider1"));
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertNothingMayRun(inbox.headers());
    }

    @Test
    void aBadIdInAPagesAddressIsTheFriendlyNotFoundPage() {
        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            for (String page : List.of("commissioner/request.xhtml", "commissioner/application.xhtml", "council/provider.xhtml")) {
                for (String id : List.of("abc", "99999999999999999999", "999999999", "")) {
                    HttpResponse<byte[]> answer = browser.fetch(Browser.PORTAL + page + "?id=" + id);
                    String html = new String(answer.body(), UTF_8);
                    assertEquals(404, answer.statusCode(), page + "?id=" + id);
                    assertTrue(html.contains(">Page not found</h1>"), html);
                    assertNoDetails(html);
                    assertPagePolicy(answer.headers(), html);
                }
            }
            browser.open("commissioner/request.xhtml?id=abc");
            assertEquals("Page not found", browser.heading());
        }
    }

    @Test
    void theApiAnswersABodyItCannotReadWithA400InItsOwnShape() throws Exception {
        String token = tokenFor("provider1");
        for (String body : List.of(
                "{\"homeId\": 1, \"coreWeeklyFee\": 5100.00,",
                "{\"homeId\": \"the one by the park\"}",
                "{\"homeId\": 1, \"startDate\": \"2026-02-30\"}",
                "{\"homeId\": 99999999999999999999}",
                "an offer")) {
            HttpResponse<String> refused = post(API + "/999999999/offers", token, body);
            assertEquals(400, refused.statusCode(), body + " was answered " + refused.body());
            assertTrue(refused.body().contains("\"error\":\"unreadable\""), refused.body());
            assertTrue(refused.body().contains("\"messages\":[\"The request body could not be read."), refused.body());
            assertNoDetails(refused.body());
            assertNothingMayRun(refused.headers());
        }

        HttpResponse<String> tooLarge = post(API + "/999999999/offers", token, "{\"homeId\": 1, \"coreWeeklyFee\": 1e30}");
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("\"error\":\"invalid\""), tooLarge.body());
        assertTrue(tooLarge.body().contains("Enter a fee in pounds and pence, at most £99,999,999.99."), tooLarge.body());

        for (String address : List.of(API + "/abc", API + "/99999999999999999999", Browser.PORTAL + "api/provider/nothing-here")) {
            HttpResponse<String> missing = get(address, token);
            assertEquals(404, missing.statusCode(), address);
            assertTrue(missing.body().contains("\"error\":\"not-found\""), missing.body());
            assertNoDetails(missing.body());
        }
    }

    @Test
    void aFormPostedAfterItsPageExpiredEndsOnTheExpiredPage() {
        try (Browser browser = new Browser()) {
            for (By send : List.of(By.id("registration:register"), By.cssSelector("[id='registration:organisationType'] .ui-radiobutton-box"))) {
                browser.open("register.xhtml");
                browser.awaitPageSettled();
                // The server no longer knows the page: its session is gone, as after a long lunch.
                browser.driver().manage().deleteAllCookies();
                browser.waitFor(send).click();
                browser.waitForUrl("error/expired");
                assertEquals("Your page had expired", browser.heading());
            }
        }
    }

    @Test
    void aCraftedNumberIsRefusedBesideItsFieldInPlainEnglish() {
        try (Browser browser = new Browser()) {
            browser.recordCspViolations();
            browser.signInAs("admin1");
            browser.open("admin/lots.xhtml");
            browser.clickAndAwaitUpdate(By.cssSelector("button[aria-label^='Edit ']"), By.id("lots"));
            // What the widget would never send: the hidden input carries the number the form posts.
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('lots:minWeeklyFee_hinput').value = 'abc';");
            browser.clickAndAwaitUpdate(By.id("lots:save-rate-band"), By.id("lots"));

            assertTrue(browser.textOf(By.id("lots:minWeeklyFee-field")).contains("Enter the lowest weekly fee in pounds, such as 3500.00."));
            assertNoDetails(browser.driver().getPageSource());
            assertEquals(List.of(), browser.cspViolations());
        }
    }

    @Test
    void signingOutAndMovingTheClockAreNotDoneByALink() {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            assertEquals(405, browser.fetch(Browser.PORTAL + "sign-out").statusCode());
            assertEquals(405, browser.fetch(Browser.PORTAL + "admin/test-clock?reset").statusCode());

            browser.open("admin/dashboard.xhtml");
            assertEquals("Administration", browser.heading());
        }
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertEquals(Optional.of("nosniff"), headers.firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("DENY"), headers.firstValue("X-Frame-Options"));
        assertEquals(Optional.of("same-origin"), headers.firstValue("Referrer-Policy"));
        assertEquals(1, headers.allValues("Content-Security-Policy").size(), headers.map()::toString);
    }

    /** A page's policy names a nonce its scripts carry, and no element of the page has an inline event handler. */
    private static void assertPagePolicy(HttpHeaders headers, String html) {
        assertSecurityHeaders(headers);
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(html.contains("nonce=\"" + nonce.group(1) + "\""), html);
        Matcher handler = Pattern.compile("<[a-zA-Z][^<>]*\\son[a-z]+\\s*=").matcher(html);
        assertFalse(handler.find(), () -> handler.group());
    }

    private static void assertNothingMayRun(HttpHeaders headers) {
        assertSecurityHeaders(headers);
        assertEquals(Optional.of(NOTHING_MAY_RUN), headers.firstValue("Content-Security-Policy"));
    }

    /** No exception's class or words, and no stack frame. */
    private static void assertNoDetails(String body) {
        for (String detail : List.of("Exception", "uk.hearth.", "java.lang", "jakarta.json", "jakarta.ws", "RESTEASY",
                "yasson", "NumberFormat", "Invalid number", "\tat ")) {
            assertFalse(body.contains(detail), () -> detail + " in " + body);
        }
    }

    private String tokenFor(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hearth-provider-api&client_secret=demo-only-hearth-provider-api-secret"
                + "&username=" + URLEncoder.encode(user, UTF_8) + "&password=demo";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
