package uk.hearth.e2e;

import java.time.Instant;

/**
 * The service clock of the test server (started with {@code -Dhearth.clock.adjustable=true}), moved by the
 * administrator so deadlines, standstills and effective dates pass in minutes. A journey that moves it resets it
 * in a {@code finally}, so the journeys after it run on real time.
 */
final class TestClock {

    private TestClock() {
    }

    static void moveTo(Instant to) {
        post("at=" + to);
    }

    static void reset() {
        post("reset");
    }

    private static void post(String query) {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin1");
            browser.post(Browser.PORTAL + "admin/test-clock?" + query);
        }
    }
}
