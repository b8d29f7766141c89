package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole onboarding journey of a new provider: register from the public home page, verify the email address
 * from the message Keycloak sent through real SMTP, sign in, add a home, apply, be admitted by a commissioner,
 * download the admission letter.
 */
class RegistrationJourneyIT {

    private static final Pattern ACTION_LINK = Pattern.compile("http://localhost:8180/realms/hearth/login-actions/action-token\\?key=[^\\s\"<>]+");

    @Test
    void newProviderRegistersVerifiesEmailAppliesAndIsAdmitted() throws IOException {
        long unique = System.currentTimeMillis() % 1_000_000;
        String organisation = "Journey Care " + unique + " Ltd";
        String email = "manager" + unique + "@journey-care.example";
        String password = "a-long-demo-password-" + unique;

        try (Browser browser = new Browser()) {
            browser.open("");
            browser.waitFor(By.id("register-organisation")).click();
            browser.type(By.id("registration:legalName"), organisation);
            browser.tick(browser.waitFor(By.id("registration:organisationType")), "Company");
            browser.type(By.id("registration:companiesHouseNumber"), String.format("JC%06d", unique));
            browser.type(By.id("registration:registeredAddress"), "1 Journey Street\nLoughborough");
            browser.type(By.id("registration:postcode"), "LE11 1AA");
            browser.type(By.id("registration:contactFirstName"), "Jo");
            browser.type(By.id("registration:contactLastName"), "Journey");
            browser.type(By.id("registration:contactEmail"), email);
            browser.type(By.id("registration:password"), password);
            browser.driver().findElement(By.id("registration:register")).click();
            String done = browser.waitFor(By.id("registration-done")).getText();
            assertTrue(done.contains(email), done);
            browser.screenshot("registered");

            Mailbox.Mail verification = Mailbox.awaitMessage(email, "erify");
            Matcher link = ACTION_LINK.matcher(verification.text());
            assertTrue(link.find(), verification.text());
            browser.driver().get(link.group().replace("&amp;", "&"));
            // Keycloak asks to confirm before it marks the address verified.
            browser.driver().findElements(By.partialLinkText("proceed")).forEach(p -> p.click());
            browser.waitFor(By.xpath("//*[contains(normalize-space(),'Your account has been updated') or contains(normalize-space(),'email address has been verified')]"));
        }

        try (Browser browser = new Browser()) {
            browser.signInAs(email, password);
            browser.waitForUrl("provider/dashboard.xhtml");
            assertEquals("Provider dashboard", browser.heading());
            assertTrue(browser.textOf(By.id("signed-in-user")).contains(organisation));
            Kept.remember("registered.email", email);
            Kept.remember("registered.password", password);
        }

        AdmissionJourneyIT.applyAndBeAdmitted(email, password, organisation, email, "Fostering (independent fostering agencies)");
    }
}
