package uk.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A provider adds a home, applies to a lot and submits; a commissioner passes every section and admits; the
 * provider downloads the admission letter, whose text is read back with PDFBox.
 */
class AdmissionJourneyIT {

    private static final String PROVIDER = "provider2";
    private static final String ORGANISATION = "Soar Valley Fostering CIC";
    /** The demo organisation's main contact, where Hearth mails its notices. */
    private static final String CONTACT = "office@soarvalleyfostering.example";

    @Test
    void providerAppliesCommissionerAdmitsProviderDownloadsTheLetter() throws IOException {
        applyAndBeAdmitted(PROVIDER, "demo", ORGANISATION, CONTACT, null);
    }

    /**
     * The provider user adds a home, applies to a lot and submits; commissioner1 passes every section and admits;
     * the provider downloads the letter, and the letter and the receipt arrive by email at {@code contact}.
     * The lot is {@code preferredLot} when still open to the provider, otherwise the first that is, so the
     * journey can run again on the same data.
     */
    static void applyAndBeAdmitted(String username, String password, String organisation, String contact,
            String preferredLot) throws IOException {
        Path certificate = samplePdf();
        String lot;
        try (Browser browser = new Browser()) {
            browser.signInAs(username, password);

            // Any lot this organisation has not applied to yet, so the journey can run again on the same data.
            browser.open("provider/applications.xhtml");
            List<String> lots = browser.options("apply:lotId");
            assertFalse(lots.isEmpty(), username + " has applied to every lot already");
            lot = lots.contains(preferredLot) ? preferredLot : lots.get(0);

            addHome(browser, lot);
            browser.open("provider/applications.xhtml");
            browser.choose("apply:lotId", lot);
            browser.driver().findElement(By.id("apply:start")).click();
            browser.waitForUrl("provider/application.xhtml");
            assertEquals("Application to join " + lot, browser.heading());

            answerEveryQuestion(browser);
            browser.clickAndAwaitUpdate(By.id("answers:save"), By.id("page-messages"));
            browser.expectSuccessMessage();
            uploadEveryDocument(browser, certificate);
            browser.screenshot("application-draft");

            browser.waitFor(By.id("answers:submit")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitFor(By.id("application-state"));
            assertEquals("Submitted: being evaluated", browser.driver().findElement(By.id("application-state")).getText());
            browser.screenshot("application-submitted");
            browser.signOut();
        }

        try (Browser browser = new Browser()) {
            browser.signInAs("commissioner1");
            browser.open("commissioner/applications.xhtml");
            WebElement row = browser.waitFor(By.xpath("//tr[td[normalize-space()='" + lot + "'] and .//a[normalize-space()='" + organisation + "']]"));
            row.findElement(By.linkText(organisation)).click();
            browser.waitForUrl("commissioner/application.xhtml");

            int sections = browser.driver().findElements(By.cssSelector("fieldset.section")).size();
            for (int i = 0; i < sections; i++) {
                WebElement section = browser.driver().findElements(By.cssSelector("fieldset.section")).get(i);
                browser.tick(section, "Pass");
                section.findElement(By.cssSelector("button[id$=':record']")).click();
                browser.waitFor(By.xpath("(//fieldset[contains(@class,'section')])[" + (i + 1) + "]//*[contains(text(),'Recorded: Pass')]"));
            }
            browser.screenshot("evaluation");
            browser.driver().findElement(By.id("evaluation:admit")).click();
            browser.waitFor(By.xpath("//*[@id='application-state' and normalize-space()='Admitted']"));
            browser.signOut();
        }

        try (Browser browser = new Browser()) {
            browser.signInAs(username, password);
            browser.open("provider/applications.xhtml");
            WebElement membership = browser.waitFor(By.xpath("//tbody[@id='memberships_data']/tr[td[normalize-space()='" + lot + "']]"));
            assertTrue(membership.getText().contains("Admitted"), membership.getText());
            String href = membership.findElement(By.linkText("Download (PDF)")).getAttribute("href");
            browser.screenshot("provider-admitted");

            assertLetter(browser.download(href), lot, organisation);
        }

        // The letter also went by email, through real SMTP, once the admission was committed.
        Mailbox.Mail mail = Mailbox.awaitMessage(contact, "admitted to " + lot);
        assertTrue(mail.text().contains("Your organisation is admitted to " + lot), mail.text());
        assertEquals(1, mail.attachments().size(), mail.attachments().toString());
        assertLetter(mail.attachmentContents().get(0), lot, organisation);
        assertTrue(Mailbox.awaitMessage(contact, "application to " + lot + " received").text().contains("It will decide by"));
    }

    private static void assertLetter(byte[] pdf, String lot, String organisation) throws IOException {
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertTrue(text.contains(organisation), text);
            assertTrue(text.contains(lot), text);
            assertTrue(text.contains("Leicestershire County Council"), text);
            assertTrue(text.contains(LocalDate.now(java.time.ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy"))), text);
        }
    }

    private static void addHome(Browser browser, String lot) {
        browser.open("provider/homes.xhtml");
        browser.waitFor(By.id("homes:add")).click();
        browser.choose("homes:lotId", lot);
        browser.type(By.id("homes:name"), "Journey House " + System.nanoTime() % 100_000);
        browser.type(By.id("homes:ofstedUrn"), String.format("SC8%05d", System.nanoTime() % 100_000));
        browser.choose("homes:settingType", "Children's home");
        browser.type(By.id("homes:postcode"), "LE12 7RS");
        browser.setNumber("homes:capacity", 3);
        browser.setNumber("homes:vacancies", 1);
        browser.setNumber("homes:maxAge", 17);
        browser.tick(browser.waitFor(By.id("homes:genders")), "Girls");
        browser.tick(browser.waitFor(By.id("homes:genders")), "Boys");
        browser.choose("homes:judgement", "Good");
        browser.setDate(browser.waitFor(By.id("homes:judgementDate_input")), LocalDate.now().minusMonths(5));
        browser.driver().findElement(By.tagName("h2")).click();
        browser.clickAndAwaitUpdate(By.id("homes:save"), By.id("page-messages"));
        browser.expectSuccessMessage();
    }

    private static void answerEveryQuestion(Browser browser) {
        WebElement form = browser.waitFor(By.id("answers"));
        for (WebElement question : form.findElements(By.cssSelector(".question"))) {
            if (!question.findElements(By.cssSelector("[id$=':yesNo']")).isEmpty()) {
                browser.tick(question, question.getText().contains("DBS check") ? "Yes" : "No");
            }
            for (WebElement text : question.findElements(By.cssSelector("textarea[id$=':text']"))) {
                text.sendKeys("Answered by the browser journey.");
            }
            for (WebElement amount : question.findElements(By.cssSelector("input[id$=':amount_input']"))) {
                browser.setNumber(amount.getAttribute("id").replaceFirst("_input$", ""), 5_000_000);
            }
            for (WebElement date : question.findElements(By.cssSelector("input[id$=':date_input']"))) {
                browser.setDate(date, LocalDate.now().plusMonths(10));
            }
            if (!question.findElements(By.cssSelector("[id$=':homeIds']")).isEmpty()) {
                question.findElements(By.cssSelector("[id$=':homeIds'] label")).forEach(WebElement::click);
            }
        }
        browser.driver().findElement(By.tagName("h1")).click();
    }

    private static void uploadEveryDocument(Browser browser, Path file) {
        List<String> documents = browser.driver().findElements(By.cssSelector("select[id='upload:questionId'] option")).stream()
                .filter(o -> !o.getAttribute("value").isEmpty()).map(o -> o.getAttribute("value")).toList();
        for (String question : documents) {
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("upload:questionId"))).selectByValue(question);
            browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
            browser.setDate(browser.driver().findElement(By.id("upload:expiresOn_input")), LocalDate.now().plusMonths(10));
            browser.clickAndAwaitUpdate(By.id("upload:send"), By.id("page-messages"));
            browser.expectSuccessMessage();
        }
        assertTrue(browser.driver().findElements(By.cssSelector(".document-list .badge--warn")).isEmpty(),
                "every document is attached");
    }

    private static Path samplePdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            Path named = Files.createTempDirectory("hearth-journey").resolve("certificate.pdf");
            document.save(named.toFile());
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
