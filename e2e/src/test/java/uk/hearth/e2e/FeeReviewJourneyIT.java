package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A contract manager opens a fee review over the residential lot; provider1 accepts the standard uplift for one of
 * its placements and asks for more for another, with a cost breakdown and a payroll summary; after the effective
 * date (the test clock moves on) the contract manager part-approves it; the provider downloads the letter and reads
 * the new fee, the effective date and the back pay, and the placement's page shows the new fee from that date. Each
 * new page passes axe-core.
 */
class FeeReviewJourneyIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void contractManagerOpensProviderAnswersContractManagerPartApprovesProviderReadsTheLetter() throws IOException {
        LocalDate today = LocalDate.now(LONDON);
        LocalDate effective = today.plusDays(8);
        String name = "Journey fee review " + System.currentTimeMillis();
        String windowUrl;
        try (Browser browser = new Browser()) {
            browser.signInAs("contract1");
            browser.open("council/fee-reviews.xhtml");
            AccessibilityIT.assertNoViolations(browser, "council/fee-reviews.xhtml");
            browser.type(By.id("open-review:name"), name);
            browser.setDate(browser.waitFor(By.id("open-review:opensOn_input")), today);
            browser.setDate(browser.waitFor(By.id("open-review:closesOn_input")), today.plusDays(7));
            browser.setDate(browser.waitFor(By.id("open-review:effectiveFrom_input")), effective);
            browser.type(By.id("open-review:evidenceAsked"), "Accounts and a payroll summary (journey test).");
            browser.type(By.id("open-review:criteria"), "Fees below the market median; paying the Living Wage (journey test).");
            WebElement include = browser.waitFor(By.xpath("//label[contains(., 'Include Residential')]"));
            String percentId = include.getAttribute("for").replace(":included", ":percent");
            include.click();
            browser.setNumber(percentId, "3.5");
            browser.driver().findElement(By.id("open-review:open")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForUrl("council/fee-review.xhtml");
            browser.expectSuccessMessage();
            windowUrl = browser.driver().getCurrentUrl();
            AccessibilityIT.assertNoViolations(browser, "council/fee-review.xhtml");
            browser.screenshot("fee-review-opened");
        }
        String windowId = windowUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");

        String requestUrl;
        String currentFee;
        String placementReference;
        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/fee-reviews.xhtml");
            AccessibilityIT.assertNoViolations(browser, "provider/fee-reviews.xhtml");
            browser.open("provider/fee-review.xhtml?id=" + windowId);
            AccessibilityIT.assertNoViolations(browser, "provider/fee-review.xhtml");
            WebElement outwoods = row(browser, "Outwoods Lodge");
            outwoods.findElement(By.cssSelector("input[name='placementIds']")).click();
            browser.driver().findElement(By.id("answers:acceptStandard")).click();
            browser.awaitPageSettled();
            browser.expectSuccessMessage();
            assertTrue(row(browser, "Outwoods Lodge").getText().contains("Waiting for a decision"), row(browser, "Outwoods Lodge").getText());

            row(browser, "Beacon House").findElement(By.cssSelector("button[id$=':askForMore']")).click();
            browser.waitForUrl("provider/uplift.xhtml");
            AccessibilityIT.assertNoViolations(browser, "provider/uplift.xhtml");
            requestUrl = browser.driver().getCurrentUrl();
            currentFee = browser.textOf(By.id("current-fee")).replaceAll("[^0-9.]", "");
            placementReference = browser.textOf(By.id("request-placement")).strip();
            BigDecimal asked = new BigDecimal(currentFee).add(new BigDecimal("300"));
            browser.setNumber("uplift:proposedWeeklyFee", asked.toPlainString());
            browser.setNumber("uplift:staffHoursPerWeek", "168");
            browser.setNumber("uplift:hourlyRateBefore", "12.21");
            browser.setNumber("uplift:hourlyRateAfter", "12.71");
            browser.setNumber("uplift:onCostPercent", "18.5");
            browser.setNumber("uplift:premisesChange", "80");
            browser.type(By.id("uplift:caseForUplift"), "Our fee is below the market median and staff pay rises with the"
                    + " National Living Wage (journey test).");
            browser.driver().findElement(By.id("uplift:file")).sendKeys(Pdfs.onePage("payroll.pdf", "Payroll summary, Beacon House (journey test)").toString());
            browser.driver().findElement(By.id("uplift:attach")).click();
            browser.awaitPageSettled();
            browser.expectSuccessMessage();
            assertTrue(browser.textOf(By.id("staff-pay-share")).contains("%"), browser.textOf(By.id("staff-pay-share")));
            browser.driver().findElement(By.id("uplift:submit")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            // Submitted, the request reads back with the day the council must decide by.
            assertTrue(browser.textOf(By.id("request-due")).matches(".*\\d{4}.*"), browser.textOf(By.id("request-due")));
            assertTrue(browser.textOf(By.id("request-state")).contains("Waiting for a decision"));
            browser.screenshot("fee-uplift-submitted");
        }

        // Decided a week after the effective date: the placement is owed a week of the difference.
        TestClock.moveTo(effective.plusDays(7).atTime(10, 0).atZone(LONDON).toInstant());
        BigDecimal approved = new BigDecimal(currentFee).add(new BigDecimal("100"));
        try {
            try (Browser browser = new Browser()) {
                browser.signInAs("contract1");
                browser.open(windowUrl.substring(windowUrl.indexOf("council/")));
                browser.waitFor(By.xpath("//tbody[@id='queue:requests_data']//a[contains(., 'UPL-')]"));
                browser.open(requestUrl.substring(requestUrl.indexOf("provider/")).replace("provider/", "council/"));
                AccessibilityIT.assertNoViolations(browser, "council/uplift.xhtml");
                browser.tick(browser.waitFor(By.id("decide:outcome")), "Part-approve");
                browser.setNumber("decide:approvedWeeklyFee", approved.toPlainString());
                browser.type(By.id("decide:reasons"), "The staff pay rise is accepted; premises are not shown in the accounts.");
                browser.driver().findElement(By.id("decide:decide")).click();
                browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
                assertTrue(browser.textOf(By.id("case-decision")).contains("Part-approved"), browser.textOf(By.id("case-decision")));
                browser.screenshot("fee-uplift-decided");
            }

            try (Browser browser = new Browser()) {
                browser.signInAs("provider1");
                browser.open(requestUrl.substring(requestUrl.indexOf("provider/")));
                String letter = Pdfs.text(browser.download(browser.waitFor(By.id("letter")).getAttribute("href")));
                assertTrue(letter.contains(money(approved)), letter);
                assertTrue(letter.contains(words(effective)), letter);
                assertTrue(letter.contains("£100.00"), letter);

                browser.open("provider/placements.xhtml");
                AccessibilityIT.assertNoViolations(browser, "provider/placements.xhtml");
                browser.waitFor(By.xpath("//tr[td[contains(., '" + placementReference + "')]]//a")).click();
                browser.waitForUrl("provider/placement.xhtml");
                AccessibilityIT.assertNoViolations(browser, "provider/placement.xhtml");
                String history = browser.textOf(By.id("fee-history"));
                assertTrue(history.contains(money(approved)) && history.contains(words(effective)), history);
                browser.screenshot("placement-fee-history");
            }
        } finally {
            TestClock.reset();
        }
    }

    /** The row of the review's table for a placement at {@code home}. */
    private static WebElement row(Browser browser, String home) {
        return browser.waitFor(By.xpath("//tbody[@id='answers:agreements_data']/tr[td[contains(., '" + home + "')]]"));
    }

    private static String money(BigDecimal amount) {
        return "£" + String.format("%,.2f", amount);
    }

    private static String words(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK));
    }
}
