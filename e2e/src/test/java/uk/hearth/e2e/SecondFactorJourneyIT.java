package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Council staff sign in with a password and a one-time code; providers with a password alone. A council account
 * without an authenticator is made to set one up at its first sign-in, before it reaches Hearth.
 */
class SecondFactorJourneyIT {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String ADMIN_TOKEN_URL = KEYCLOAK + "/realms/hearth/protocol/openid-connect/token";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCommissionerGivesAOneTimeCodeAndAWrongOneIsRefused() {
        try (Browser browser = new Browser()) {
            passwordStep(browser, "commissioner1", "demo");
            browser.waitFor(By.id("otp")).sendKeys("000000".equals(OneTimeCode.of("commissioner1", Instant.now())) ? "111111" : "000000");
            browser.driver().findElement(By.id("kc-login")).click();
            assertTrue(browser.waitFor(By.id("otp")).isDisplayed(), "a wrong code is asked for again");
            assertTrue(browser.driver().getPageSource().contains("Invalid authenticator code"), "and says why");

            browser.driver().findElement(By.id("otp")).sendKeys(OneTimeCode.unused("commissioner1"));
            browser.driver().findElement(By.id("kc-login")).click();
            browser.waitForUrl("commissioner/dashboard.xhtml");
        }
    }

    @Test
    void aProviderSignsInWithAPasswordAlone() {
        try (Browser browser = new Browser()) {
            passwordStep(browser, "provider1", "demo");
            browser.waitForUrl("provider/dashboard.xhtml");
            assertFalse(browser.driver().getPageSource().contains("id=\"otp\""));
        }
    }

    @Test
    void aNewCouncilAccountSetsUpItsAuthenticatorAtFirstSignIn() throws Exception {
        String username = "it-contract-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "first-sign-in-" + UUID.randomUUID();
        createCouncilUser(username, password, "contract-manager");
        try (Browser browser = new Browser()) {
            passwordStep(browser, username, password);
            // Keycloak's "Mobile Authenticator Setup": a QR code and a field for the first code.
            browser.waitFor(By.id("totp"));
            assertTrue(browser.driver().getPageSource().contains("kc-totp-secret-qr-code")
                    || browser.driver().getPageSource().contains("Mobile Authenticator"), "the authenticator set-up page");
            assertFalse(browser.driver().getCurrentUrl().startsWith(Browser.PORTAL), "Hearth is not reached without it");
        }
    }

    private static void passwordStep(Browser browser, String username, String password) {
        browser.open("");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waitForUrl(Browser.KEYCLOAK_AUTH);
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    /** A council officer's account as an administrator would make it: a password and a role, no authenticator. */
    private void createCouncilUser(String username, String password, String role) throws IOException, InterruptedException {
        String token = send(HttpRequest.newBuilder(URI.create(ADMIN_TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=hearth-admin-api"
                        + "&client_secret=demo-only-hearth-admin-api-secret")), 200)
                .replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        String users = KEYCLOAK + "/admin/realms/hearth/users";
        send(HttpRequest.newBuilder(URI.create(users)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"username": "%s", "enabled": true, "email": "%s@council.example", "emailVerified": true,
                         "firstName": "Test", "lastName": "Officer",
                         "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                        """.formatted(username, username, password))), 201);
        String id = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username))
                .header("Authorization", "Bearer " + token).GET(), 200).replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        String roleJson = send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/hearth/roles/" + role))
                .header("Authorization", "Bearer " + token).GET(), 200);
        send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + roleJson + "]")), 204);
    }

    private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }
}
