package uk.hearth.organisations.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentFormat;
import uk.hearth.documents.domain.UploadPolicy;
import uk.hearth.documents.domain.UploadRefusedException;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;

/** Uploads are checked by content before anything is kept, and only their owner and council staff read them. */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class ProviderDocumentsIT {

    private static final String DOCUMENT_ROWS = "select count(*) from provider_document where organisation_id = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private ProviderDocuments documents;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private RawDatabase database;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsContractManager asContractManager;

    private Organisation provider;

    @BeforeEach
    void newProvider() {
        provider = organisations.provider("Brook Fostering", RoleCaller.username(Roles.PROVIDER));
    }

    @Test
    void aPdfIsKeptUnderItsSha256AndReadBackUnchanged() throws Exception {
        byte[] pdf = Samples.pdf("Safeguarding policy " + Samples.unique());
        LocalDate expires = clock.today().plusYears(1);

        ProviderDocument stored = asProvider.call(() -> documents.upload("safeguarding.pdf", pdf,
                DocumentCategory.POLICY, null, expires));

        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stored.getFile().sha256());
        assertEquals("safeguarding.pdf", stored.getFile().fileName());
        assertEquals(DocumentFormat.PDF, stored.getFile().format());
        assertEquals(pdf.length, stored.getFile().size());
        assertEquals(expires, stored.getExpiresOn());
        assertEquals(RoleCaller.username(Roles.PROVIDER), stored.getUploaded().username());
        assertEquals(1, database.count(DOCUMENT_ROWS, provider.getId()));

        DocumentDownload download = asProvider.call(() -> documents.download(stored.getId()));
        assertEquals("safeguarding.pdf", download.fileName());
        assertEquals("application/pdf", download.mediaType());
        assertArrayEquals(pdf, download.content());
    }

    @Test
    void aProgramRenamedAsAPdfIsRefusedAndNothingIsKept() throws Exception {
        // The start of a Windows executable: "MZ", then the DOS stub's message.
        byte[] program = Arrays.copyOf("MZ\u0090\u0000This program cannot be run in DOS mode."
                .getBytes(StandardCharsets.ISO_8859_1), 4096);

        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> asProvider.call(
                () -> documents.upload("policy.pdf", program, DocumentCategory.POLICY, null, null)));
        assertEquals("‘policy.pdf’ was not uploaded: Hearth accepts PDF, Word (DOCX), PNG and JPEG files, and this "
                + "file is none of these.", refused.getMessage());
        assertEquals(0, database.count(DOCUMENT_ROWS, provider.getId()));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() throws Exception {
        byte[] large = Arrays.copyOf(Samples.pdf("Accounts"), (int) UploadPolicy.MAX_BYTES + 1);

        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> asProvider.call(
                () -> documents.upload("accounts.pdf", large, DocumentCategory.ACCOUNTS, null, null)));
        assertEquals("‘accounts.pdf’ was not uploaded: it is 20.1 MB and the limit is 20 MB.", refused.getMessage());
        assertEquals(0, database.count(DOCUMENT_ROWS, provider.getId()));
    }

    @Test
    void anInsuranceCertificateNeedsItsExpiryDate() throws Exception {
        byte[] certificate = Samples.pdf("Employer's liability insurance");

        BusinessException refused = assertThrows(BusinessException.class, () -> asProvider.call(
                () -> documents.upload("el.pdf", certificate, DocumentCategory.INSURANCE_CERTIFICATE, null, null)));
        assertEquals("Enter the expiry date of ‘el.pdf’: insurance certificates lapse, and Hearth reminds you before "
                + "they do.", refused.getMessage());
        assertEquals(0, database.count(DOCUMENT_ROWS, provider.getId()));
    }

    @Test
    void aCertificateThatHasExpiredIsRefused() throws Exception {
        byte[] certificate = Samples.pdf("Public liability insurance");
        clock.fixAt(Instant.parse("2026-12-15T12:00:00Z"));
        LocalDate today = LocalDate.of(2026, 12, 15);

        // A certificate that ends today no longer covers tomorrow's placements.
        for (LocalDate expired : new LocalDate[] {today.minusYears(1), today}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> asProvider.call(
                    () -> documents.upload("pl.pdf", certificate, DocumentCategory.INSURANCE_CERTIFICATE, null, expired)));
            assertEquals("‘pl.pdf’ expired on " + expired + ": upload a current one.", refused.getMessage());
        }
        assertEquals(0, database.count(DOCUMENT_ROWS, provider.getId()));

        ProviderDocument current = asProvider.call(() -> documents.upload("pl.pdf", certificate,
                DocumentCategory.INSURANCE_CERTIFICATE, null, today.plusDays(1)));
        assertEquals(today.plusDays(1), current.getExpiresOn());
        assertEquals(1, database.count(DOCUMENT_ROWS, provider.getId()));
    }

    @Test
    void onlyTheOwnerAndCouncilStaffMayDownload() throws Exception {
        byte[] pdf = Samples.pdf("Latest annual accounts " + Samples.unique());
        ProviderDocument stored = asProvider.call(() -> documents.upload("accounts.pdf", pdf, DocumentCategory.ACCOUNTS, null, null));
        organisations.provider("Other Fostering", AsOtherProvider.USERNAME);
        organisations.council(RoleCaller.username(Roles.COMMISSIONER));
        long id = stored.getId();

        // Told "not found", as for a document that does not exist, so ids reveal nothing.
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> documents.download(id)));

        assertArrayEquals(pdf, asCommissioner.call(() -> documents.download(id)).content());
        assertArrayEquals(pdf, asContractManager.call(() -> documents.download(id)).content());
    }
}
