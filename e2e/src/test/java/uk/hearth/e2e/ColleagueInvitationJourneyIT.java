package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An organisation's Hearth administrator invites a colleague; the colleague sets a password from the email
 * Keycloak sends and signs in to the same organisation.
 */
class ColleagueInvitationJourneyIT {

    private static final Pattern ACTION_LINK = Pattern.compile("http://localhost:8180/realms/hearth/login-actions/action-token\\?key=[^\\s\"<>]+");

    @Test
    void invitedColleagueSetsAPasswordAndSignsInToTheSameOrganisation() {
        long unique = System.currentTimeMillis() % 1_000_000;
        String email = "colleague" + unique + "@charnwood-homes.example";
        String password = "colleague-password-" + unique;
        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/colleagues.xhtml");
            browser.type(By.id("colleagues:firstName"), "Casey");
            browser.type(By.id("colleagues:lastName"), "Colleague");
            browser.type(By.id("colleagues:email"), email);
            browser.clickAndAwaitUpdate(By.id("colleagues:send"), By.id("page-messages"));
            browser.expectSuccessMessage();
            browser.screenshot("colleagues");
        }

        Mailbox.Mail invitation = Mailbox.awaitMessage(email, "");
        Matcher link = ACTION_LINK.matcher(invitation.text());
        assertTrue(link.find(), invitation.text());
        try (Browser browser = new Browser()) {
            browser.driver().get(link.group().replace("&amp;", "&"));
            browser.driver().findElements(By.partialLinkText("proceed")).forEach(p -> p.click());
            browser.waitFor(By.id("password-new")).sendKeys(password);
            browser.driver().findElement(By.id("password-confirm")).sendKeys(password);
            browser.driver().findElement(By.cssSelector("input[type='submit'], button[type='submit']")).click();
            browser.waitFor(By.xpath("//*[contains(normalize-space(),'Your account has been updated') or contains(normalize-space(),'email address has been verified')]"));
        }
        try (Browser browser = new Browser()) {
            browser.signInAs(email, password);
            browser.waitForUrl("provider/dashboard.xhtml");
            assertTrue(browser.textOf(By.id("signed-in-user")).contains("Charnwood Homes"));
        }
    }
}
