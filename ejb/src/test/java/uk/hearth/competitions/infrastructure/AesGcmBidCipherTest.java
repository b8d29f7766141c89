package uk.hearth.competitions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.hearth.competitions.application.SealBrokenException;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.PriceLine;
import uk.hearth.shared.money.Money;

/** The AES-256-GCM seal refuses anything but the untouched ciphertext, under its own key and for its own bid. */
class AesGcmBidCipherTest {

    private static final String BID = "hearth/bid/7/42";
    private static final byte[] ANSWERS = "{\"answers\":{\"1\":\"Siblings stay together\"},\"price\":\"812345.67\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final SecretKey key = randomKey();
    private final AesGcmBidCipher cipher = new AesGcmBidCipher(key.getEncoded());

    @Test
    void sealedContentsOpenUnderTheSameKeyAndBindingAndHideThePlaintext() {
        AesGcmBidCipher.Encrypted sealed = cipher.encrypt(key, ANSWERS, BID);
        assertFalse(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1).contains("812345.67"));
        assertArrayEquals(ANSWERS, AesGcmBidCipher.decrypt(key, sealed, BID));
        // A fresh nonce every time: the same bid sealed twice looks different.
        assertFalse(Arrays.equals(sealed.ciphertext(), cipher.encrypt(key, ANSWERS, BID).ciphertext()));
    }

    @Test
    void contentsSealedWithAmountsAsTypedStillOpenAndKeepTheirShape() {
        // Sealed before amounts were Money: pounds without pence.
        BidContents read = AesGcmBidCipher.contents("{\"answers\":{\"1\":\"Yes\"},\"breakdown\":[{\"item\":"
                + "\"Staffing\",\"amount\":\"1200\"}],\"attachments\":[],\"price\":\"1200\"}");
        assertEquals(Money.pounds(1200), read.price());
        assertEquals(List.of(new PriceLine("Staffing", Money.pounds(1200))), read.breakdown());
        assertEquals("{\"answers\":{\"1\":\"Yes\"},\"breakdown\":[{\"item\":\"Staffing\",\"amount\":\"1200.00\"}],"
                + "\"attachments\":[],\"price\":\"1200.00\"}", AesGcmBidCipher.json(read));
    }

    @Test
    void anAlteredByteIsRefused() {
        AesGcmBidCipher.Encrypted sealed = cipher.encrypt(key, ANSWERS, BID);
        byte[] tampered = sealed.ciphertext();
        tampered[tampered.length / 2] ^= 1;
        assertThrows(SealBrokenException.class,
                () -> AesGcmBidCipher.decrypt(key, new AesGcmBidCipher.Encrypted(sealed.iv(), tampered), BID));
    }

    @Test
    void anotherKeyIsRefused() {
        AesGcmBidCipher.Encrypted sealed = cipher.encrypt(key, ANSWERS, BID);
        assertThrows(SealBrokenException.class, () -> AesGcmBidCipher.decrypt(randomKey(), sealed, BID));
    }

    @Test
    void contentsMovedToAnotherBidAreRefused() {
        AesGcmBidCipher.Encrypted sealed = cipher.encrypt(key, ANSWERS, BID);
        assertThrows(SealBrokenException.class, () -> AesGcmBidCipher.decrypt(key, sealed, "hearth/bid/7/43"));
    }

    @Test
    void theKeyFileIsCreatedOnceReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
        Path file = data.resolve("hearth").resolve("bid-seal.key");
        byte[] created = AesGcmBidCipher.readOrCreate(file);
        assertEquals(AesGcmBidCipher.KEY_BYTES, created.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(created, AesGcmBidCipher.readOrCreate(file), "the same key on every later start");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused(@TempDir Path data) throws Exception {
        Path file = data.resolve("bid-seal.key");
        Files.writeString(file, "c2hvcnQ=");
        assertThrows(IllegalStateException.class, () -> AesGcmBidCipher.readOrCreate(file));
    }

    private static SecretKey randomKey() {
        byte[] bytes = new byte[AesGcmBidCipher.KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}
