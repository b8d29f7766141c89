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
            browser.open("commissioner/applications.xhtml");
            browser.waitFor(By.cssSelector("#queue\\:queue-table a")).click();
            browser.waitForUrl("commissioner/application.xhtml");
            assertNoViolations(browser, "commissioner/application.xhtml");
        }
    }

    @Test
    void administrationPagesHaveNoViolations() {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            check(browser, "admin/dashboard.xhtml");
            check(browser, "admin/lots.xhtml");
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
