package uk.hearth.competitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.SealedAttachment;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.HearthClock;

/**
 * The only way to a bid's contents. Its owner reads its own bid at any time; anyone else only once the
 * competition's bids have been opened, which the tender deadline by the server's clock allows and nothing else,
 * whatever the caller's role. Files attached to a bid are sealed the same way.
 */
@ApplicationScoped
public class SealedBids {

    @Inject
    private BidCipher cipher;

    @Inject
    private DocumentStore store;

    @Inject
    private HearthClock clock;

    /** Seals {@code contents} as the bid's new contents (a submitted bid must be withdrawn first). */
    public void seal(Bid bid, BidContents contents) {
        bid.reseal(cipher.seal(bid, contents), clock.now());
    }

    public BidContents readOwn(Bid bid, Organisation caller) {
        if (!bid.getOrganisation().getId().equals(caller.getId())) {
            throw new RecordNotFoundException("The bid");
        }
        return cipher.unseal(bid);
    }

    /** For the council and its evaluators: after the deadline, once the opening is recorded. */
    public BidContents readOpened(Bid bid) {
        bid.getCompetition().requireOpenedAt(clock.now());
        return cipher.unseal(bid);
    }

    /** Seals an attached file into the document store; the reference goes into the bid's sealed contents. */
    public SealedAttachment keep(Bid bid, StoredFile upload, byte[] content) {
        byte[] sealed = cipher.sealFile(bid, content);
        String key = sha256(sealed);
        store.put(key, sealed);
        return new SealedAttachment(key, upload.fileName(), upload.format().mediaType(), upload.size());
    }

    /** One of the files of {@code contents}, which the caller has already read through this class. */
    public DocumentDownload file(Bid bid, BidContents contents, String key) {
        SealedAttachment attachment = contents.attachment(key).orElseThrow(() -> new RecordNotFoundException("The file"));
        return new DocumentDownload(attachment.fileName(), attachment.mediaType(), cipher.unsealFile(bid, store.get(key)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
