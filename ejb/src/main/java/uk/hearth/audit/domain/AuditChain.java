package uk.hearth.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** How entries are hashed and how a stored chain is checked. */
public final class AuditChain {

    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * SHA-256 over every field and the previous hash. Each field is length-prefixed so that moving text from one
     * field to the next cannot produce the same input.
     */
    public static String hashOf(AuditEntry entry) {
        StringBuilder input = new StringBuilder();
        for (Object field : new Object[] {entry.getSequenceNumber(), entry.getOccurredAt(), entry.getActor(),
                entry.getOrganisation(), entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getSummary(),
                entry.getPreviousHash()}) {
            String text = field == null ? "" : field.toString();
            input.append(text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Walks the entries in sequence order and reports the first one that breaks the chain: a gap in the sequence,
     * a previous hash that does not match, or content that no longer matches its own hash. The last entry must
     * also be the recorded head, so entries cut from the end show as well.
     */
    public static ChainCheck check(Iterable<AuditEntry> entriesInOrder, long headSequence, String headHash) {
        long expectedSequence = 1;
        String expectedPrevious = GENESIS_HASH;
        for (AuditEntry entry : entriesInOrder) {
            if (entry.getSequenceNumber() != expectedSequence) {
                return broken(expectedSequence, "entry " + expectedSequence + " is missing");
            }
            if (!entry.getPreviousHash().equals(expectedPrevious)) {
                return broken(expectedSequence, "it does not link to the entry before it");
            }
            if (!hashOf(entry).equals(entry.getHash())) {
                return broken(expectedSequence, "its content was changed after it was written");
            }
            expectedSequence++;
            expectedPrevious = entry.getHash();
        }
        long checked = expectedSequence - 1;
        if (checked > headSequence) {
            return broken(headSequence + 1, "it was added after the recorded end of the chain");
        }
        // The last entry rewritten together with its hash links correctly, so only the head gives it away.
        if (checked == headSequence && checked > 0 && !expectedPrevious.equals(headHash)) {
            return broken(checked, "it does not match the recorded end of the chain");
        }
        if (checked < headSequence || !expectedPrevious.equals(headHash)) {
            return broken(expectedSequence, "it and any entries after it were removed");
        }
        return new ChainCheck(checked, Optional.empty());
    }

    private static ChainCheck broken(long sequenceNumber, String reason) {
        return new ChainCheck(sequenceNumber - 1, Optional.of(new ChainBreak(sequenceNumber, reason)));
    }

    /** How many entries were found sound, and the first break if there is one. */
    public record ChainCheck(long entriesChecked, Optional<ChainBreak> firstBreak) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Where and why a chain is broken. */
    public record ChainBreak(long sequenceNumber, String reason) {
    }
}
