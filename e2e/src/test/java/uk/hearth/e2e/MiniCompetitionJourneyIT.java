package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A mini-competition from publication to contract in the browser. The commissioner publishes: every admitted
 * provider of the lot is invited. One demo provider asks a question, which is answered to all, and two bid; until
 * the deadline the council sees how many bids are in and nothing of what they say. The service clock (a test
 * server's) then passes the deadline: the bids are opened, two evaluators declare no conflict and score alone,
 * the scores are moderated, the award is decided, the provider reads its award letter, the clock passes the
 * standstill, and the contract is concluded and read back, with the competition's open data.
 */
class MiniCompetitionJourneyIT {

    static final String SECRET_ANSWER = "Our therapeutic model pairs each child with a key worker (journey marker 7Q2X).";
    private static final String QUESTION = "Is respite care included in the bed price (journey question)?";

    @Test
    void publishBidEvaluateAwardAndConclude() throws IOException {
        String url;
        String reference;
        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/competition-new.xhtml");
            browser.type(By.id("competition:title"), "Two residential beds in Charnwood (journey test)");
            new Select(browser.waitFor(By.id("competition:lotId"))).selectByVisibleText("Residential");
            browser.type(By.id("competition:description"), "A block contract for two beds for children aged 12 to 17.");
            browser.type(By.id("competition:quantity"), "2");
            browser.setNumber("competition:estimatedValue", 480000);
            browser.type(By.id("competition:panel"), "commissioner1, commissioner2");
            browser.clickAndAwaitUpdate(By.id("competition:save"), By.id("page-messages"));
            browser.waitForUrl("commissioner/competition.xhtml");
            url = browser.driver().getCurrentUrl();
            reference = browser.heading().replaceAll("^(MC-\\d{4}-\\d{5}):.*$", "$1");
            Kept.remember("competition.reference", reference);
            browser.driver().findElement(By.id("specification:file"))
                    .sendKeys(Pdfs.onePage("specification.pdf", "Service specification (journey)").toString());
            browser.clickAndAwaitUpdate(By.id("specification:upload"), By.id("page-messages"));
            browser.expectSuccessMessage();

            browser.clickAndAwaitUpdate(By.id("publish:send"), By.id("page-messages"));
            assertTrue(browser.expectSuccessMessage().contains("invited"));
            String invited = browser.textOf(By.id("invited"));
            assertTrue(invited.contains("Charnwood Children's Homes Ltd"), invited);
            browser.screenshot("competition-published");
            AccessibilityIT.assertNoViolations(browser, "commissioner/competition.xhtml");
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            openCompetition(browser, reference);
            byte[] specification = browser.download(browser.waitFor(By.linkText("specification.pdf")).getAttribute("href"));
            assertTrue(Pdfs.text(specification).contains("Service specification (journey)"));
            browser.type(By.id("ask:question"), QUESTION);
            browser.clickAndAwaitUpdate(By.id("ask:send"), By.id("page-messages"));
            browser.expectSuccessMessage();
            bid(browser, SECRET_ANSWER, 9800);
            browser.screenshot("competition-bid");
            AccessibilityIT.assertNoViolations(browser, "provider/competition.xhtml");
        }
        try (Browser browser = new Browser()) {
            browser.signInAs("provider3");
            openCompetition(browser, reference);
            bid(browser, "We offer two beds in a small home near Melton with a therapeutic team (journey).", 11000);
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.driver().get(url);
            assertEquals("2", browser.textOf(By.id("bid-count")));
            String page = browser.driver().getPageSource();
            assertFalse(page.contains("7Q2X"), "the council sees no word of a bid before the deadline");
            assertFalse(page.contains("9,800"), "nor its price");
            assertTrue(browser.textOf(By.id("sealed")).contains("sealed until the tender deadline"));
            // The question reaches the council without the asker's name; the answer goes to every invited provider.
            assertTrue(browser.textOf(By.id("clarifications")).contains(QUESTION));
            browser.driver().findElement(By.cssSelector("textarea[id$=':answer']")).sendKeys("Yes: two weeks of respite a year per bed.");
            browser.clickAndAwaitUpdate(By.cssSelector("button[id$=':publish-answer']"), By.id("page-messages"));
            browser.expectSuccessMessage();
        }

        Instant start = Instant.now();
        try {
            // The tender deadline is 14 days after the draft was made; a day later the bids can be opened.
            TestClock.moveTo(start.plus(15, ChronoUnit.DAYS));
            try (Browser browser = new Browser()) {
                browser.signInAs("commissioner1");
                browser.driver().get(url);
                browser.clickAndAwaitUpdate(By.id("open:open-bids"), By.id("page-messages"));
                String opened = browser.textOf(By.id("open:opened"));
                assertTrue(opened.contains("Charnwood Children's Homes Ltd") && opened.contains("Wreake Valley Care Ltd"), opened);
                browser.waitFor(By.id("open:evaluate")).click();
                browser.waitForUrl("commissioner/evaluation.xhtml");
                url = browser.driver().getCurrentUrl();
                declareAndScore(browser, 4);
                assertTrue(browser.textOf(By.id("moderation-refused")).contains("still to come"));
            }
            String evaluation = url;
            try (Browser browser = new Browser()) {
                browser.signInAs("commissioner2");
                browser.driver().get(evaluation);
                declareAndScore(browser, 3);

                // Every score is in: the panel moderates, and records the pass/fail result.
                forEach(browser, "select[id$=':moderated']", i -> {
                    new Select(browser.driver().findElements(By.cssSelector("select[id$=':moderated']")).get(i)).selectByValue("4");
                    browser.driver().findElements(By.cssSelector("textarea[id$=':moderation-note']")).get(i)
                            .sendKeys("Agreed at moderation: a clear and credible plan (journey).");
                    browser.clickAndAwaitUpdate(By.xpath("(//button[contains(@id,':moderate')])[" + (i + 1) + "]"), By.id("page-messages"));
                    browser.expectSuccessMessage();
                });
                forEach(browser, "button[id$=':pass-fail']", i -> {
                    browser.driver().findElements(By.cssSelector("label[for$=':passed']")).get(i).click();
                    browser.clickAndAwaitUpdate(By.xpath("(//button[contains(@id,':pass-fail')])[" + (i + 1) + "]"), By.id("page-messages"));
                    browser.expectSuccessMessage();
                });

                // Equal quality, so the lower price ranks first.
                String ranking = browser.textOf(By.id("ranking"));
                assertTrue(ranking.indexOf("Charnwood Children's Homes Ltd") < ranking.indexOf("Wreake Valley Care Ltd"), ranking);
                browser.clickAndAwaitUpdate(By.id("award:decide"), By.id("page-messages"));
                assertTrue(browser.expectSuccessMessage().contains("standstill ends"));
                assertEquals("In standstill", browser.textOf(By.id("competition-state")));
                AccessibilityIT.assertNoViolations(browser, "commissioner/evaluation.xhtml");
            }

            try (Browser browser = new Browser()) {
                browser.signInAs("provider1");
                browser.open("provider/competitions.xhtml");
                browser.waitFor(By.linkText(reference)).click();
                String letter = Pdfs.text(browser.download(browser.waitFor(By.id("award-letter")).getAttribute("href")));
                assertTrue(letter.contains(reference), letter);
                assertTrue(letter.contains("Charnwood Children's Homes Ltd"), letter);
                assertTrue(letter.toLowerCase().contains("standstill"), letter);
            }

            TestClock.moveTo(start.plus(31, ChronoUnit.DAYS));
            try (Browser browser = new Browser()) {
                browser.signInAs("commissioner1");
                browser.driver().get(evaluation);
                browser.setDate(browser.waitFor(By.id("conclude:startDate_input")), LocalDate.now().plusDays(40));
                browser.clickAndAwaitUpdate(By.id("conclude:send"), By.id("page-messages"));
                assertTrue(browser.expectSuccessMessage().contains("concluded"));
                String contract = Pdfs.text(browser.download(browser.waitFor(By.id("contract")).getAttribute("href")));
                assertTrue(contract.contains("Charnwood Children's Homes Ltd"), contract);
                assertTrue(contract.contains("2 beds") || contract.contains("2 bed"), contract);
                String ocds = new String(browser.download(browser.waitFor(By.id("export-ocds")).getAttribute("href")), StandardCharsets.UTF_8);
                assertTrue(ocds.contains("\"ocid\"") && ocds.contains("\"contract\""), ocds);
                String scores = new String(browser.download(browser.waitFor(By.id("export-scores")).getAttribute("href")), StandardCharsets.UTF_8);
                assertTrue(scores.contains("Charnwood Children's Homes Ltd"), scores);
            }
        } finally {
            TestClock.reset();
        }
    }

    private static void openCompetition(Browser browser, String reference) {
        browser.open("provider/competitions.xhtml");
        browser.waitFor(By.linkText(reference)).click();
        browser.waitForUrl("provider/competition.xhtml");
    }

    /** Answers every question with {@code answer}, prices the bid at {@code price} a week in two lines, submits it. */
    private static void bid(Browser browser, String answer, int price) {
        List<WebElement> answers = browser.driver().findElements(By.cssSelector("textarea[id$=':answer']"));
        assertFalse(answers.isEmpty());
        answers.forEach(field -> field.sendKeys(answer));
        browser.setNumber("bid:price", price);
        List<WebElement> items = browser.driver().findElements(By.cssSelector("input[id$=':item']"));
        items.get(0).sendKeys("Staffing");
        items.get(1).sendKeys("Premises and running costs");
        List<WebElement> amounts = browser.driver().findElements(By.cssSelector("span[id$=':amount']"));
        browser.setNumber(amounts.get(0).getAttribute("id"), price - 2800);
        browser.setNumber(amounts.get(1).getAttribute("id"), 2800);
        browser.clickAndAwaitUpdate(By.id("bid:submit"), By.id("page-messages"));
        browser.expectSuccessMessage();
        assertEquals("Submitted", browser.textOf(By.id("bid-state")));
    }

    /** Declares no conflict of interest, then gives every quality answer {@code score} with a justification. */
    private static void declareAndScore(Browser browser, int score) {
        browser.clickAndAwaitUpdate(By.id("declare:send"), By.id("page-messages"));
        browser.expectSuccessMessage();
        forEach(browser, "select[id$=':score']", i -> {
            new Select(browser.driver().findElements(By.cssSelector("select[id$=':score']")).get(i)).selectByValue(Integer.toString(score));
            browser.driver().findElements(By.cssSelector("textarea[id$=':justification']")).get(i)
                    .sendKeys("Scored " + score + ": the answer meets the need with evidence (journey).");
            browser.clickAndAwaitUpdate(By.xpath("(//button[contains(@id,':save')])[" + (i + 1) + "]"), By.id("page-messages"));
            browser.expectSuccessMessage();
        });
    }

    /** Each form saves by a full page, so the fields are found again, by position, for every step. */
    private static void forEach(Browser browser, String css, Consumer<Integer> step) {
        int count = browser.driver().findElements(By.cssSelector(css)).size();
        assertTrue(count > 0, "nothing matches " + css);
        for (int i = 0; i < count; i++) {
            step.accept(i);
        }
    }
}
