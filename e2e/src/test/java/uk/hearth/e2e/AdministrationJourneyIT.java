package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator rewords a lot and finds the change, with before and after, in the audit log, and adds a version of
 * a quality framework.
 */
class AdministrationJourneyIT {

    @Test
    void lotDescriptionChangeIsSavedAndAudited() {
        String description = "Children's homes registered with Ofsted, checked by the e2e journey at " + System.nanoTime();
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.open("admin/lots.xhtml");
            assertEquals("Lots", browser.heading());

            browser.waitFor(By.cssSelector("button[aria-label='Edit Residential']")).click();
            WebElement summary = browser.waitFor(By.id("lots:summary"));
            summary.clear();
            summary.sendKeys(description);
            browser.driver().findElement(By.id("lots:save")).click();
            browser.waitFor(By.cssSelector(".message--info"));
            assertTrue(browser.waitFor(By.id("lots:lot-table")).getText().contains(description));
            browser.screenshot("admin-lots");

            browser.open("admin/audit.xhtml");
            String log = browser.waitFor(By.id("audit:entries")).getText();
            assertTrue(log.contains("lot.described"), log);
            assertTrue(log.contains(description), log);

            browser.driver().findElement(By.id("audit:verify")).click();
            String status = browser.waitFor(By.cssSelector("#audit\\:chain-status .message")).getText();
            assertTrue(status.startsWith("The chain is intact"), status);
            browser.screenshot("admin-audit");

            browser.open("");
            assertTrue(browser.waitFor(By.cssSelector(".card-grid")).getText().contains(description));
        }
    }

    @Test
    void emptyLotDescriptionIsRefusedWithAMessageNextToTheField() {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.open("admin/lots.xhtml");
            browser.waitFor(By.cssSelector("button[aria-label='Edit Fostering (independent fostering agencies)']")).click();
            WebElement summary = browser.waitFor(By.id("lots:summary"));
            summary.clear();
            browser.driver().findElement(By.id("lots:save")).click();
            String message = browser.waitFor(By.cssSelector("#lots .ui-message-error")).getText();
            assertEquals("Enter a description of the lot.", message);
        }
    }

    /** A new version of the children's homes framework, started from the current one with one more standard. */
    @Test
    void aQualityFrameworkGetsANewVersionAndKeepsTheOldOne() {
        String extra = "Journey standard " + System.nanoTime() + ": checked by the e2e journey";
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.open("admin/quality-frameworks.xhtml");
            assertTrue(browser.textOf(By.id("standards-CHILDRENS_HOME")).contains("Protection of children"));
            browser.clickAndAwaitUpdate(By.xpath("//section[h2[@id='framework-CHILDRENS_HOME']]//button[contains(@id,'start-from')]"),
                    By.id("add"));
            WebElement standards = browser.waitFor(By.id("add:standards"));
            assertTrue(standards.getAttribute("value").startsWith("The quality and purpose of care: "), standards.getAttribute("value"));
            standards.sendKeys("\n" + extra);
            browser.driver().findElement(By.id("add:save")).click();
            String added = browser.expectSuccessMessage();
            assertTrue(added.startsWith("Children's homes: version "), added);
            String version = added.replaceAll("^Children's homes: version (\\d+) .*$", "$1");
            assertTrue(browser.textOf(By.id("standards-CHILDRENS_HOME")).contains(extra.substring(0, extra.indexOf(':'))));
            // The earlier versions list the one just replaced, and not the one now in use.
            List<String> earlierHomes = browser.driver().findElements(By.cssSelector("[id='earlier_data'] tr")).stream()
                    .map(WebElement::getText).filter(row -> row.startsWith("Children's homes")).toList();
            // The test server's database is new each run, so the one replaced is the seeded version 1.
            assertTrue(earlierHomes.stream().anyMatch(row -> row.matches("(?s)Children's homes\\s+1\\s.*")), earlierHomes.toString());
            assertTrue(earlierHomes.stream().noneMatch(row -> row.matches("(?s)Children's homes\\s+" + version + "\\s.*")), earlierHomes.toString());
            browser.screenshot("quality-frameworks");
        }
    }
}
