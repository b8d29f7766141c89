package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Every demo user signs in through the real Keycloak page, lands on their dashboard and signs out again. */
class SignInJourneysIT {

    @ParameterizedTest(name = "{0} lands on {2}")
    @CsvSource({
            "provider1,     provider/dashboard.xhtml,         Provider dashboard,            Charnwood Homes",
            "provider2,     provider/dashboard.xhtml,         Provider dashboard,            Soar Valley Fostering",
            "provider3,     provider/dashboard.xhtml,         Provider dashboard,            Wreake Valley Care",
            "commissioner1, commissioner/dashboard.xhtml,     Commissioning dashboard,       Leicestershire County Council",
            "contract1,     contract-manager/dashboard.xhtml, Contract management dashboard, Leicestershire County Council",
            "admin1,        admin/dashboard.xhtml,            Administration,                Leicestershire County Council"
    })
    void signsInLandsOnTheRoleDashboardAndSignsOut(String username, String dashboard, String heading, String organisation) {
        try (Browser browser = new Browser()) {
            browser.signInAs(username);

            browser.waitForUrl(dashboard);
            assertEquals(heading, browser.heading());
            String header = browser.textOf(By.id("signed-in-user"));
            assertTrue(header.contains(username), header);
            assertTrue(header.contains(organisation), header);
            browser.screenshot("dashboard-" + username);

            browser.signOut();
            assertEquals(Browser.PORTAL, browser.driver().getCurrentUrl());

            // The Keycloak session ended too: the dashboard asks for a password again.
            browser.open("dashboard.xhtml");
            browser.waitForUrl(Browser.KEYCLOAK_AUTH);
            browser.waitFor(By.id("password"));
        }
    }

    @Test
    void anonymousVisitorToAProtectedPageIsSentToKeycloak() {
        try (Browser browser = new Browser()) {
            browser.open("admin/audit.xhtml");
            browser.waitForUrl(Browser.KEYCLOAK_AUTH);
            assertTrue(browser.driver().getCurrentUrl().contains("client_id=hearth-portal"));
            browser.screenshot("keycloak-login");
        }
    }

    @Test
    void providerOpeningAnAdministratorPageGetsTheAccessDeniedPage() {
        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("admin/audit.xhtml");
            assertEquals("You do not have access to this page", browser.heading());
            assertTrue(browser.driver().getPageSource().contains("Hearth administrator"));
            browser.screenshot("forbidden");
        }
    }

    @Test
    void unknownPageShowsTheFriendlyNotFoundPage() {
        try (Browser browser = new Browser()) {
            browser.open("no-such-page.xhtml");
            assertEquals("Page not found", browser.heading());
        }
    }

    @Test
    void publicHomePageExplainsTheSystemAndListsTheLots() {
        try (Browser browser = new Browser()) {
            browser.open("");
            assertEquals("Care and homes for children in care, bought fairly and quickly", browser.heading());
            String lots = browser.waitFor(By.cssSelector(".card-grid")).getText();
            for (String lot : new String[] {"Residential", "Fostering (independent fostering agencies)",
                    "Supported accommodation 16+", "Parent and child", "Short breaks", "Support at home"}) {
                assertTrue(lots.contains(lot), lot);
            }
            browser.screenshot("home");
        }
    }
}
