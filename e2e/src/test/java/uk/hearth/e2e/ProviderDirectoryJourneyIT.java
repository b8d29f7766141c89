package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The council's view of the market from the demo data: the directory filtered by distance, a provider the
 * document review suspended on its own, and a suspension and reinstatement recorded with reasons.
 */
class ProviderDirectoryJourneyIT {

    @Test
    void commissionerFindsProvidersNearAPlaceAndSuspendsAndReinstatesOne() {
        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("council/providers.xhtml");
            assertEquals("Provider directory", browser.heading());

            browser.type(By.id("directory:nearDistrict"), "LE11");
            browser.setNumber("directory:withinMiles", 5);
            browser.clickAndAwaitUpdate(By.id("directory:search"), By.id("directory:providers"));
            browser.waitFor(By.xpath("//th[normalize-space()='Nearest home']"));
            String near = browser.waitFor(By.id("directory:providers")).getText();
            assertTrue(near.contains("Charnwood Children's Homes Ltd"), near);
            assertFalse(near.contains("Northgate Residential Ltd"), "Nottingham is more than 5 miles from Loughborough");
            browser.screenshot("directory-near-le11");

            // The document review suspended this one by itself: its public liability certificate lapsed.
            browser.open("council/providers.xhtml");
            browser.type(By.id("directory:name"), "Stepping Stones");
            browser.clickAndAwaitUpdate(By.id("directory:search"), By.id("directory:providers"));
            browser.waitFor(By.linkText("Stepping Stones 16+ Ltd")).click();
            String lots = browser.waitFor(By.id("memberships:membership-table")).getText();
            assertTrue(lots.contains("Suspended"), lots);
            assertTrue(lots.contains("Public liability insurance certificate expired"), lots);

            browser.open("council/providers.xhtml");
            browser.type(By.id("directory:name"), "Bluebell");
            browser.clickAndAwaitUpdate(By.id("directory:search"), By.id("directory:providers"));
            browser.waitFor(By.linkText("Bluebell Short Breaks Ltd")).click();
            WebElement row = browser.waitFor(By.xpath("//tbody[@id='memberships:membership-table_data']/tr[1]"));
            row.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("Checking a complaint raised by a parent (journey test).");
            browser.clickAndAwaitUpdate(By.cssSelector("button[id$=':suspend']"), By.id("page-messages"));
            browser.expectSuccessMessage();
            assertTrue(browser.waitFor(By.id("memberships:membership-table")).getText().contains("Suspended"));

            row = browser.waitFor(By.xpath("//tbody[@id='memberships:membership-table_data']/tr[1]"));
            row.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("Complaint not upheld (journey test).");
            browser.clickAndAwaitUpdate(By.cssSelector("button[id$=':reinstate']"), By.id("page-messages"));
            browser.expectSuccessMessage();
            String history = browser.waitFor(By.id("history")).getText();
            assertTrue(history.contains("Complaint not upheld (journey test)."), history);
            assertTrue(history.contains("Checking a complaint raised by a parent (journey test)."), history);
            browser.screenshot("provider-profile");
        }
    }
}
