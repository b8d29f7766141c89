package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core (WCAG 2.1 A and AA rules) finds no violations on the main pages of each role. */
class AccessibilityIT {

    private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void publicPagesHaveNoViolations() {
        try (Browser browser = new Browser()) {
            check(browser, "");
            check(browser, "register.xhtml");
        }
    }

    @Test
    void providerPagesHaveNoViolations() {
        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            check(browser, "provider/dashboard.xhtml");
            check(browser, "provider/homes.xhtml");
            check(browser, "provider/applications.xhtml");
            check(browser, "provider/documents.xhtml");
            check(browser, "provider/colleagues.xhtml");
            check(browser, "provider/requests.xhtml");
            check(browser, "provider/competitions.xhtml");
            check(browser, "provider/fee-reviews.xhtml");
            check(browser, "provider/placements.xhtml");
            check(browser, "provider/fee-review-outcomes.xhtml");
        }
    }

    @Test
    void councilPagesHaveNoViolations() {
        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            check(browser, "commissioner/dashboard.xhtml");
            check(browser, "commissioner/applications.xhtml");
            check(browser, "council/providers.xhtml");
            check(browser, "commissioner/requests.xhtml");
            check(browser, "commissioner/request-new.xhtml");
            check(browser, "council/sufficiency.xhtml");
            check(browser, "commissioner/competitions.xhtml");
            check(browser, "commissioner/competition-new.xhtml");
            check(browser, "council/fee-reviews.xhtml");
            check(browser, "council/fee-review-outcomes.xhtml");
            browser.open("commissioner/applications.xhtml");
            browser.waitFor(By.cssSelector("#queue\\:queue-table a")).click();
            browser.waitForUrl("commissioner/application.xhtml");
            assertNoViolations(browser, "commissioner/application.xhtml");
        }
    }

    /** The contract manager's dashboard and the demo fee review: its window, queue and a decided request. */
    @Test
    void contractManagerPagesHaveNoViolations() {
        try (Browser browser = new Browser()) {
            browser.signInAs("contract1");
            check(browser, "contract-manager/dashboard.xhtml");
            browser.open("council/fee-reviews.xhtml");
            browser.waitFor(By.xpath("//tbody[@id='windows_data']//a[starts-with(normalize-space(), 'Fee review ')]")).click();
            browser.waitForUrl("council/fee-review.xhtml");
            assertNoViolations(browser, "council/fee-review.xhtml");
            browser.waitFor(By.xpath("//tbody[@id='queue:requests_data']/tr[td[contains(., 'Part-approved')]]//a")).click();
            browser.waitForUrl("council/uplift.xhtml");
            // The demo asked two questions before deciding: the first stays on the record beside the latest.
            assertTrue(browser.textOf(By.id("earlier-questions")).contains("Which carers does the rise in staff pay cover?"));
            assertTrue(browser.textOf(By.id("clarification-question")).contains("office lease"));
            browser.screenshot("council-uplift-earlier-questions");
            assertNoViolations(browser, "council/uplift.xhtml");
        }
    }

    @Test
    void administrationPagesHaveNoViolations() {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            check(browser, "admin/dashboard.xhtml");
            check(browser, "admin/lots.xhtml");
            check(browser, "admin/living-wage.xhtml");
            check(browser, "admin/quality-frameworks.xhtml");
            check(browser, "admin/audit.xhtml");
        }
    }

    private static void check(Browser browser, String page) {
        browser.open(page);
        browser.heading();
        assertNoViolations(browser, page);
    }

    /** Also used by journeys, for pages only they reach (those that need an id). */
    static void assertNoViolations(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(STANDARDS).analyze(browser.driver());
        String found = results.getViolations().stream()
                .map(AccessibilityIT::describe)
                .collect(Collectors.joining("\n"));
        assertTrue(results.getViolations().isEmpty(), page + ":\n" + found);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).collect(Collectors.joining(", "));
    }
}
