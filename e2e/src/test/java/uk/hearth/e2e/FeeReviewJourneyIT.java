package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
            setDecimal(browser, percentId, "3.5");
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
            BigDecimal asked = new BigDecimal(currentFee).add(new BigDecimal("300"));
            setDecimal(browser, "uplift:proposedWeeklyFee", asked.toPlainString());
            setDecimal(browser, "uplift:staffHoursPerWeek", "168");
            setDecimal(browser, "uplift:hourlyRateBefore", "12.21");
            setDecimal(browser, "uplift:hourlyRateAfter", "12.71");
            setDecimal(browser, "uplift:onCostPercent", "18.5");
            setDecimal(browser, "uplift:premisesChange", "80");
            browser.type(By.id("uplift:caseForUplift"), "Our fee is below the market median and staff pay rises with the"
                    + " National Living Wage (journey test).");
            browser.driver().findElement(By.id("uplift:file")).sendKeys(payroll().toString());
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
        moveClock(effective.plusDays(7).atTime(10, 0).atZone(LONDON).toInstant().toString());
        BigDecimal approved = new BigDecimal(currentFee).add(new BigDecimal("100"));
        try {
            try (Browser browser = new Browser()) {
                browser.signInAs("contract1");
                browser.open(windowUrl.substring(windowUrl.indexOf("council/")));
                browser.waitFor(By.xpath("//tbody[@id='queue:requests_data']//a[contains(., 'UPL-')]"));
                browser.open(requestUrl.substring(requestUrl.indexOf("provider/")).replace("provider/", "council/"));
                AccessibilityIT.assertNoViolations(browser, "council/uplift.xhtml");
                browser.tick(browser.waitFor(By.id("decide:outcome")), "Part-approve");
                setDecimal(browser, "decide:approvedWeeklyFee", approved.toPlainString());
                browser.type(By.id("decide:reasons"), "The staff pay rise is accepted; premises are not shown in the accounts.");
                browser.driver().findElement(By.id("decide:decide")).click();
                browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
                assertTrue(browser.textOf(By.id("case-decision")).contains("Part-approved"), browser.textOf(By.id("case-decision")));
                browser.screenshot("fee-uplift-decided");
            }

            try (Browser browser = new Browser()) {
                browser.signInAs("provider1");
                browser.open(requestUrl.substring(requestUrl.indexOf("provider/")));
                String letter = text(browser.download(browser.waitFor(By.id("letter")).getAttribute("href")));
                assertTrue(letter.contains(money(approved)), letter);
                assertTrue(letter.contains(words(effective)), letter);
                assertTrue(letter.contains("£100.00"), letter);

                browser.open("provider/placements.xhtml");
                AccessibilityIT.assertNoViolations(browser, "provider/placements.xhtml");
                browser.waitFor(By.xpath("//tr[td[contains(., 'Beacon House')]]//a")).click();
                browser.waitForUrl("provider/placement.xhtml");
                AccessibilityIT.assertNoViolations(browser, "provider/placement.xhtml");
                String history = browser.textOf(By.id("fee-history"));
                assertTrue(history.contains(money(approved)) && history.contains(words(effective)), history);
                browser.screenshot("placement-fee-history");
            }
        } finally {
            resetClock();
        }
    }

    /** The row of the review's table for a placement at {@code home}. */
    private static WebElement row(Browser browser, String home) {
        return browser.waitFor(By.xpath("//tbody[@id='answers:agreements_data']/tr[td[contains(., '" + home + "')]]"));
    }

    /** Sets a PrimeFaces inputNumber to a decimal through its widget. */
    private static void setDecimal(Browser browser, String inputNumberId, String value) {
        browser.waitFor(By.id(inputNumberId + "_input"));
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);",
                inputNumberId, value);
    }

    private static String money(BigDecimal amount) {
        return "£" + String.format("%,.2f", amount);
    }

    private static String words(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK));
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveClock(String to) {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.post(Browser.PORTAL + "admin/test-clock?at=" + to);
        }
    }

    private static void resetClock() {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.post(Browser.PORTAL + "admin/test-clock?reset");
        }
    }

    /** A one-page payroll summary the provider attaches as evidence. */
    private static Path payroll() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Payroll summary, Beacon House (journey test)");
                text.endText();
            }
            Path file = Files.createTempFile("payroll", ".pdf");
            document.save(file.toFile());
            return file;
        }
    }
}
