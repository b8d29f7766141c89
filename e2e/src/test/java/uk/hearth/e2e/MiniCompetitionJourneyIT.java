package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A commissioner drafts a mini-competition for residential beds and publishes it: every admitted provider of the
 * lot is invited. The demo provider bids, with a distinctive answer; the commissioner then sees that one bid is in,
 * and nothing of what it says, because bids stay sealed until the tender deadline.
 */
class MiniCompetitionJourneyIT {

    private static final String SECRET_ANSWER = "Our therapeutic model pairs each child with a key worker (journey marker 7Q2X).";

    @Test
    void publishedCompetitionInvitesTheProviderWhoseBidStaysSealedFromTheCouncil() {
        String reference;
        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/competition-new.xhtml");
            browser.type(By.id("competition:title"), "Two residential beds in Charnwood (journey test)");
            new Select(browser.waitFor(By.id("competition:lot"))).selectByVisibleText("Residential");
            browser.type(By.id("competition:description"), "A block contract for two beds for children aged 12 to 17.");
            browser.type(By.id("competition:quantity"), "2");
            browser.setNumber("competition:value", 480000);
            browser.type(By.id("competition:panel"), "commissioner1, commissioner2");
            browser.clickAndAwaitUpdate(By.id("competition:save"), By.id("page-messages"));
            browser.waitForUrl("commissioner/competition.xhtml");
            reference = browser.heading().replaceAll("^(MC-\\d{4}-\\d{5}):.*$", "$1");

            browser.clickAndAwaitUpdate(By.id("publish:send"), By.id("page-messages"));
            assertTrue(browser.expectSuccessMessage().contains("invited"));
            String invited = browser.textOf(By.id("invited"));
            assertTrue(invited.contains("Charnwood Children's Homes Ltd"), invited);
            browser.screenshot("competition-published");
            AccessibilityIT.assertNoViolations(browser, "commissioner/competition.xhtml");
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/competitions.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            browser.waitForUrl("provider/competition.xhtml");
            List<WebElement> answers = browser.driver().findElements(By.cssSelector("textarea[id$=':answer']"));
            assertFalse(answers.isEmpty());
            for (WebElement answer : answers) {
                answer.sendKeys(SECRET_ANSWER);
            }
            browser.setNumber("bid:price", 9800);
            List<WebElement> items = browser.driver().findElements(By.cssSelector("input[id$=':item']"));
            items.get(0).sendKeys("Staffing");
            items.get(1).sendKeys("Premises and running costs");
            List<WebElement> amounts = browser.driver().findElements(By.cssSelector("span[id$=':amount']"));
            browser.setNumber(amounts.get(0).getAttribute("id"), 7000);
            browser.setNumber(amounts.get(1).getAttribute("id"), 2800);
            browser.clickAndAwaitUpdate(By.id("bid:submit"), By.id("page-messages"));
            browser.expectSuccessMessage();
            assertEquals("Submitted", browser.textOf(By.id("bid-state")));
            browser.screenshot("competition-bid");
            AccessibilityIT.assertNoViolations(browser, "provider/competition.xhtml");
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/competitions.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            assertEquals("1", browser.textOf(By.id("bid-count")));
            String page = browser.driver().getPageSource();
            assertFalse(page.contains("7Q2X"), "the council sees no word of a bid before the deadline");
            assertFalse(page.contains("9,800"), "nor its price");
            assertTrue(browser.textOf(By.id("sealed")).contains("sealed until the tender deadline"));
        }
    }
}
