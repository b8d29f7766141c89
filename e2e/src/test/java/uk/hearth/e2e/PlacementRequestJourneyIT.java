package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A commissioner sends an emergency request for a child near Loughborough; the two demo providers whose homes fit
 * receive it: one declines with a reason, the other offers a home; the commissioner sees the offer at once
 * (emergency offers are not sealed) and the decline, chooses the offer; the provider confirms; both download the
 * Individual Placement Agreement and read it back.
 */
class PlacementRequestJourneyIT {

    @Test
    void commissionerPublishesProviderOffersCommissionerSeesTheOffer() {
        String reference;
        // The provider keeps its vacancies current: a confirmed placement takes one, so each run starts with two.
        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/homes.xhtml");
            browser.waitFor(By.xpath("//tr[td[contains(., 'Beacon House')]]//button[normalize-space()='Edit']")).click();
            browser.setNumber("homes:vacancies", 2);
            browser.clickAndAwaitUpdate(By.id("homes:save"), By.id("page-messages"));
            browser.expectSuccessMessage();
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/request-new.xhtml");
            new Select(browser.waitFor(By.id("request:lotId"))).selectByVisibleText("Residential");
            browser.type(By.id("request:age"), "12");
            new Select(browser.waitFor(By.id("request:gender"))).selectByVisibleText("Girls");
            new Select(browser.waitFor(By.id("request:legalStatus"))).selectByVisibleText("Care order");
            browser.type(By.id("request:needs"), "Needs a calm home with a consistent routine; attends mainstream school (journey test).");
            new Select(browser.waitFor(By.id("request:communicationNeeds"))).selectByVisibleText("Yes");
            browser.tick(browser.waitFor(By.id("request:communicationRequirements")), "British Sign Language (BSL)");
            browser.tick(browser.waitFor(By.id("request:risksToChild")), "Going missing");
            browser.type(By.id("request:homeDistrict"), "LE11");
            browser.tick(browser.waitFor(By.id("request:urgency")), "Emergency");
            browser.setDate(browser.waitFor(By.id("request:startDate_input")), LocalDate.now().plusDays(1));
            browser.waitFor(By.cssSelector("label[for='request:inHouseConfirmed']")).click();
            browser.driver().findElement(By.id("request:save")).click();
            browser.waitForUrl("commissioner/request.xhtml");

            browser.waitFor(By.id("request:publish")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            String sentTo = browser.waitFor(By.id("recipients")).getText();
            assertTrue(sentTo.contains("Charnwood Children's Homes Ltd"), sentTo);
            assertTrue(sentTo.contains("Wreake Valley Care Ltd"), sentTo);
            String notSent = browser.waitFor(By.id("exclusions")).getText();
            assertTrue(notSent.contains("suspended from the lot"), notSent);
            reference = browser.heading().replaceAll(".*(REQ-\\d{4}-\\d{5}).*", "$1");
            browser.screenshot("request-published");
        }

        // The second provider sent it declines, with a reason the council keeps as evidence of what is missing.
        try (Browser browser = new Browser()) {
            browser.signInAs("provider3");
            browser.open("provider/requests.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            browser.waitForUrl("provider/request.xhtml");
            new Select(browser.waitFor(By.id("decline:reason"))).selectByVisibleText("No vacancy");
            browser.type(By.id("decline:detail"), "Our only vacancy was filled this morning (journey test).");
            browser.clickAndAwaitUpdate(By.id("decline:send"), By.id("page-messages"));
            browser.expectSuccessMessage();
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/requests.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            browser.waitForUrl("provider/request.xhtml");
            // The provider reads the child's needs in the Placements Data Standard's terms.
            String standard = browser.textOf(By.id("child-standard"));
            assertTrue(standard.contains("Yes: British Sign Language (BSL)"), standard);
            assertTrue(browser.textOf(By.id("child-risks")).contains("Going missing"), standard);
            new Select(browser.waitFor(By.id("offer:homeId"))).selectByIndex(1);
            browser.setNumber("offer:coreWeeklyFee", 5200);
            browser.setDate(browser.waitFor(By.id("offer:startDate_input")), LocalDate.now().plusDays(1));
            browser.type(By.id("offer:howNeedsMet"), "Key worker matched on arrival; school transport arranged (journey test).");
            browser.clickAndAwaitUpdate(By.id("offer:send"), By.id("page-messages"));
            browser.expectSuccessMessage();
            browser.screenshot("provider-offer");
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/requests.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            WebElement offers = browser.waitFor(By.id("offers-form:offers"));
            assertTrue(offers.getText().contains("Charnwood Children's Homes Ltd"), offers.getText());
            assertTrue(offers.getText().contains("5,200.00"), offers.getText());
            String declines = browser.textOf(By.id("declines"));
            assertTrue(declines.contains("Wreake Valley Care Ltd") && declines.contains("No vacancy"), declines);
            browser.screenshot("request-offers");

            WebElement row = browser.waitFor(By.xpath("//tbody[@id='offers-form:offers_data']/tr[td[contains(.,'Charnwood Children')]]"));
            row.findElement(By.cssSelector("button[id$=':choose']")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            assertTrue(browser.waitFor(By.id("chosen")).getText().contains("Waiting for the provider to confirm"));
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("provider1");
            browser.open("provider/requests.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            browser.waitFor(By.id("confirm:send")).click();
            WebElement agreement = browser.waitFor(By.id("agreement"));
            assertAgreement(browser.download(agreement.getAttribute("href")), reference);
            browser.screenshot("provider-placed");
        }

        // The agreement also reached the provider by email, once the confirmation was committed.
        Mailbox.Mail mail = Mailbox.awaitMessage("office@charnwoodhomes.example", "placement agreement IPA-" + reference.substring(4));
        assertTrue(mail.attachments().size() == 1, mail.attachments().toString());

        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/requests.xhtml");
            browser.waitFor(By.linkText(reference)).click();
            assertTrue(browser.waitFor(By.id("placed")).getText().contains("Charnwood Children's Homes Ltd"));
            assertAgreement(browser.download(browser.waitFor(By.id("agreement")).getAttribute("href")), reference);

            // The placement is in the Placements Data Standard export.
            browser.open("commissioner/requests.xhtml");
            String csv = new String(browser.download(browser.waitFor(By.id("export-csv")).getAttribute("href")),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("totalWeeklyCost,placementLocation,preferabilityLocation,educationContinuity,"
                    + "providerURN,siblingsPlacedTogether,placementType"), csv);
            assertTrue(csv.contains("5200,LE11,true,"), csv);
        }
    }

    private static void assertAgreement(byte[] pdf, String reference) {
        try (org.apache.pdfbox.pdmodel.PDDocument agreement = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(agreement).replaceAll("\\s+", " ");
            assertTrue(text.contains("Individual Placement Agreement"), text);
            assertTrue(text.contains(reference), text);
            assertTrue(text.contains("Charnwood Children's Homes Ltd"), text);
            assertTrue(text.contains("£5,200.00"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
