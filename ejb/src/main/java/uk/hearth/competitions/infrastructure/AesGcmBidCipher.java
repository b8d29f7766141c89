package uk.hearth.competitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import uk.hearth.competitions.application.BidCipher;
import uk.hearth.competitions.application.SealBrokenException;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.PriceLine;
import uk.hearth.competitions.domain.SealedAttachment;
import uk.hearth.competitions.domain.SealedContent;
import uk.hearth.shared.money.Money;

/**
 * AES-256-GCM from the JDK, twice over: each competition's data key is sealed by the master key, and each bid by
 * its competition's data key. The master key comes from {@code HEARTH_BID_SEAL_KEY} (base64 of 32 bytes) when
 * set, otherwise from {@code bid-seal.key} under the server's data directory, created on first use readable by
 * the server's user alone. Someone holding only the database therefore reads no bid.
 */
@ApplicationScoped
public class AesGcmBidCipher implements BidCipher {

    static final String KEY_VARIABLE = "HEARTH_BID_SEAL_KEY";
    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES = "AES";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey masterKey;

    public AesGcmBidCipher() {
    }

    /** With a given master key, for tests. */
    AesGcmBidCipher(byte[] masterKey) {
        this.masterKey = new SecretKeySpec(masterKey.clone(), AES);
    }

    @Override
    public byte[] newSealingKey(MiniCompetition competition) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            return withNonce(encrypt(master(), dataKey, keyBinding(competition)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public SealedContent seal(Bid bid, BidContents contents) {
        Encrypted encrypted = encrypt(dataKey(bid), json(contents).getBytes(StandardCharsets.UTF_8), contentBinding(bid));
        return new SealedContent(encrypted.iv(), encrypted.ciphertext());
    }

    @Override
    public BidContents unseal(Bid bid) {
        SealedContent sealed = bid.getSealed();
        byte[] plain = decrypt(dataKey(bid), new Encrypted(sealed.iv(), sealed.ciphertext()), contentBinding(bid));
        return contents(new String(plain, StandardCharsets.UTF_8));
    }

    @Override
    public byte[] sealFile(Bid bid, byte[] content) {
        return withNonce(encrypt(dataKey(bid), content, fileBinding(bid)));
    }

    @Override
    public byte[] unsealFile(Bid bid, byte[] sealed) {
        return decrypt(dataKey(bid), withoutNonce(sealed), fileBinding(bid));
    }

    private SecretKey dataKey(Bid bid) {
        MiniCompetition competition = bid.getCompetition();
        byte[] wrapped = competition.getSealingKey();
        if (wrapped == null) {
            throw new IllegalStateException(competition.getReference() + " has no sealing key: it was never published");
        }
        byte[] key = decrypt(master(), withoutNonce(wrapped), keyBinding(competition));
        try {
            return new SecretKeySpec(key, AES);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    // What each ciphertext is bound to (GCM additional data): moving it elsewhere breaks the tag.
    private static String keyBinding(MiniCompetition competition) {
        return "hearth/competition-key/" + competition.getId();
    }

    private static String contentBinding(Bid bid) {
        return "hearth/bid/" + bid.getCompetition().getId() + "/" + bid.getOrganisation().getId();
    }

    private static String fileBinding(Bid bid) {
        return "hearth/bid-file/" + bid.getCompetition().getId() + "/" + bid.getOrganisation().getId();
    }

    record Encrypted(byte[] iv, byte[] ciphertext) {
    }

    Encrypted encrypt(SecretKey key, byte[] plain, String binding) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return new Encrypted(iv, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static byte[] decrypt(SecretKey key, Encrypted sealed, String binding) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new SealBrokenException("Sealed bid data failed its integrity check (" + binding + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] withNonce(Encrypted encrypted) {
        return ByteBuffer.allocate(IV_BYTES + encrypted.ciphertext().length).put(encrypted.iv()).put(encrypted.ciphertext()).array();
    }

    private static Encrypted withoutNonce(byte[] sealed) {
        if (sealed.length <= IV_BYTES) {
            throw new SealBrokenException("Sealed data is too short to hold a nonce and a tag", null);
        }
        return new Encrypted(Arrays.copyOf(sealed, IV_BYTES), Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
    }

    private SecretKey master() {
        SecretKey key = masterKey;
        if (key == null) {
            synchronized (this) {
                if (masterKey == null) {
                    String variable = System.getenv(KEY_VARIABLE);
                    masterKey = new SecretKeySpec(variable != null && !variable.isBlank()
                            ? fromBase64(variable.strip(), KEY_VARIABLE) : readOrCreate(keyFile()), AES);
                }
                key = masterKey;
            }
        }
        return key;
    }

    private static Path keyFile() {
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "hearth", "bid-seal.key");
    }

    /** The key in {@code file}; a new random one, written readable by the owner only, when there is none. */
    static synchronized byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Path partial = Files.createTempFile(file.getParent(), "bid-seal", ".part", ownerOnly());
                Files.writeString(partial, Base64.getEncoder().encodeToString(key));
                // Without REPLACE_EXISTING: a key written meanwhile by another server process is kept.
                Files.move(partial, file);
            }
            return fromBase64(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the bid seal key " + file, e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> readWrite = PosixFilePermissions.fromString("rw-------");
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(readWrite)};
    }

    private static byte[] fromBase64(String text, String source) {
        byte[] key = Base64.getDecoder().decode(text);
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The bid seal key from " + source + " must be " + KEY_BYTES + " bytes, base64");
        }
        return key;
    }

    static String json(BidContents contents) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        contents.answers().forEach((question, answer) -> answers.add(question.toString(), answer));
        JsonArrayBuilder breakdown = Json.createArrayBuilder();
        contents.breakdown().forEach(line -> breakdown.add(Json.createObjectBuilder()
                .add("item", line.item() == null ? JsonValue.NULL : Json.createValue(line.item()))
                .add("amount", line.amount() == null ? JsonValue.NULL : Json.createValue(line.amount().plain()))));
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        contents.attachments().forEach(a -> attachments.add(Json.createObjectBuilder().add("key", a.key())
                .add("fileName", a.fileName()).add("mediaType", a.mediaType()).add("size", a.size())));
        JsonObjectBuilder json = Json.createObjectBuilder().add("answers", answers).add("breakdown", breakdown)
                .add("attachments", attachments);
        // Amounts as strings ("1234.50"), so the pence are exactly what the provider entered.
        if (contents.price() != null) {
            json.add("price", contents.price().plain());
        }
        return json.build().toString();
    }

    static BidContents contents(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            Map<Long, String> answers = json.getJsonObject("answers").entrySet().stream().collect(Collectors.toMap(
                    e -> Long.valueOf(e.getKey()), e -> json.getJsonObject("answers").getString(e.getKey())));
            return new BidContents(answers,
                    json.containsKey("price") ? Money.of(json.getString("price")) : null,
                    json.getJsonArray("breakdown").getValuesAs(JsonObject.class).stream()
                            .map(l -> new PriceLine(l.getString("item", null),
                                    Optional.ofNullable(l.getString("amount", null)).map(Money::of).orElse(null))).toList(),
                    json.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                            .map(a -> new SealedAttachment(a.getString("key"), a.getString("fileName"),
                                    a.getString("mediaType"), a.getJsonNumber("size").longValue())).toList());
        }
    }
}
