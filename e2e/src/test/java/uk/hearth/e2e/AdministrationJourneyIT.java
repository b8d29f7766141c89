package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            assertTrue(browser.expectSuccessMessage().contains("Children's homes: version"));
            assertTrue(browser.textOf(By.id("standards-CHILDRENS_HOME")).contains(extra.substring(0, extra.indexOf(':'))));
            assertTrue(browser.textOf(By.id("earlier")).contains("The Quality Standards for children's homes"));
            browser.screenshot("quality-frameworks");
        }
    }
}
