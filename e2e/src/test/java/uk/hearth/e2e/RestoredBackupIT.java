package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Run by {@code ./hearth test} on its own, after the browser journeys: their stack is stopped, backed up with
 * {@code ./hearth backup}, its data and Keycloak accounts deleted, and restored with {@code ./hearth restore}.
 * What the journeys made must be back: the account a provider registered, its documents, and a sealed bid that
 * opens only with the bid-seal key the backup kept apart.
 */
class RestoredBackupIT {

    @Test
    void aRegisteredAccountSignsInAgain() {
        try (Browser browser = new Browser()) {
            // Keycloak imports the demo users into an empty database, but not an account registered since.
            browser.signInAs(Kept.recall("registered.email"), Kept.recall("registered.password"));
            browser.waitForUrl("provider/dashboard.xhtml");
        }
    }

    @Test
    void aSealedBidOpensWithTheRestoredKeyAndItsDocumentsAreBack() {
        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/competitions.xhtml");
            browser.waitFor(By.linkText(Kept.recall("competition.reference"))).click();
            browser.waitForUrl("provider/competition.xhtml");
            // The words of a bid are stored sealed and read again only through the master key.
            String page = browser.driver().getPageSource();
            assertTrue(page.contains(MiniCompetitionJourneyIT.SECRET_ANSWER), "the bid opens with the restored key");
            byte[] specification = browser.download(browser.waitFor(By.linkText("specification.pdf")).getAttribute("href"));
            assertTrue(Pdfs.text(specification).contains("Service specification (journey)"));
        }
    }

    @Test
    void theAuditChainIsWhole() {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.open("admin/audit.xhtml");
            browser.clickAndAwaitUpdate(By.id("audit:verify"), By.id("audit:chain-status"));
            String status = browser.textOf(By.cssSelector("[id='audit:chain-status'] .message--info"));
            assertTrue(status.contains("intact"), status);
        }
    }
}
