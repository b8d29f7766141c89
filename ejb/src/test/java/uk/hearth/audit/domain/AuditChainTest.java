package uk.hearth.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.audit.domain.AuditChain.ChainBreak;
import uk.hearth.audit.domain.AuditChain.ChainCheck;

class AuditChainTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00.123456Z");

    private final AuditChainHead head = AuditChainHead.genesis();
    private final List<AuditEntry> entries = new ArrayList<>();

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            int n = entries.size() + 1;
            AuditEntry entry = AuditEntry.following(head, START.plusSeconds(n), "admin" + n,
                    n % 2 == 0 ? "Leicestershire County Council" : null, "lot.described", "Lot", String.valueOf(n),
                    "Change number " + n);
            head.advanceTo(entry);
            entries.add(entry);
        }
    }

    private ChainCheck check() {
        return AuditChain.check(entries, head.sequenceNumber(), head.hash());
    }

    private static void assertBreak(long sequenceNumber, String reason, ChainCheck check) {
        assertEquals(new ChainBreak(sequenceNumber, reason), check.firstBreak().orElseThrow());
        assertEquals(sequenceNumber - 1, check.entriesChecked(), "the entries before the break are sound");
    }

    @Test
    void anEmptyChainIsIntact() {
        ChainCheck check = check();
        assertTrue(check.intact());
        assertEquals(0, check.entriesChecked());
    }

    @Test
    void aChainAsWrittenIsIntact() {
        append(5);
        ChainCheck check = check();
        assertTrue(check.intact(), check::toString);
        assertEquals(5, check.entriesChecked());
    }

    @Test
    void entriesAreNumberedAndLinkedInOrder() {
        append(3);
        assertEquals(AuditChain.GENESIS_HASH, entries.get(0).getPreviousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).getSequenceNumber());
            assertEquals(entries.get(i - 1).getHash(), entries.get(i).getPreviousHash());
        }
        assertEquals(3, head.sequenceNumber());
        assertEquals(entries.get(2).getHash(), head.hash());
    }

    @Test
    void anAlteredFieldBreaksTheChainAtThatEntry() throws Exception {
        append(5);
        set(entries.get(2), "summary", "Nothing to see here");
        assertBreak(3, "its content was changed after it was written", check());
    }

    @Test
    void anAlteredEntryWithItsHashRecomputedBreaksTheChainAtTheNextEntry() throws Exception {
        append(5);
        AuditEntry altered = entries.get(2);
        set(altered, "actor", "someone-else");
        set(altered, "hash", AuditChain.hashOf(altered));
        assertBreak(4, "it does not link to the entry before it", check());
    }

    @Test
    void aRemovedEntryInTheMiddleBreaksTheChainThere() {
        append(5);
        entries.remove(2);
        assertBreak(3, "entry 3 is missing", check());
    }

    @Test
    void entriesRemovedFromTheEndAreFoundAgainstTheHead() {
        append(5);
        entries.remove(4);
        entries.remove(3);
        assertBreak(4, "it and any entries after it were removed", check());
    }

    @Test
    void everyEntryRemovedIsFoundAgainstTheHead() {
        append(2);
        entries.clear();
        assertBreak(1, "it and any entries after it were removed", check());
    }

    @Test
    void theLastEntryReplacedWithItsHashRecomputedIsFoundAgainstTheHead() throws Exception {
        append(5);
        AuditEntry last = entries.get(4);
        set(last, "summary", "A different last change");
        set(last, "hash", AuditChain.hashOf(last));
        assertBreak(5, "it does not match the recorded end of the chain", check());
    }

    @Test
    void anEntryAddedWithoutMovingTheHeadIsFound() {
        append(3);
        entries.add(AuditEntry.following(head, START, "intruder", null, "lot.described", "Lot", "1", "Slipped in"));
        assertBreak(4, "it was added after the recorded end of the chain", check());
    }

    @Test
    void theHashCoversEveryField() throws Exception {
        append(2);
        AuditEntry entry = entries.get(1);
        String original = AuditChain.hashOf(entry);
        for (Field field : AuditEntry.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("hash")) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(entry);
            field.set(entry, changed(value));
            assertNotEquals(original, AuditChain.hashOf(entry), field.getName() + " is not hashed");
            field.set(entry, value);
        }
        assertEquals(original, AuditChain.hashOf(entry));
    }

    @Test
    void textMovedBetweenAdjacentFieldsChangesTheHash() {
        AuditChainHead genesis = AuditChainHead.genesis();
        AuditEntry original = AuditEntry.following(genesis, START, "ann", "Acme", "lot.described", "Lot", "1", "Text");
        AuditEntry moved = AuditEntry.following(genesis, START, "annA", "cme", "lot.described", "Lot", "1", "Text");
        assertNotEquals(original.getHash(), moved.getHash());

        AuditEntry typeAndId = AuditEntry.following(genesis, START, "ann", "Acme", "lot.described", "Lot1", "", "Text");
        assertNotEquals(original.getHash(), typeAndId.getHash());
    }

    private static Object changed(Object value) {
        if (value instanceof Long number) {
            return number + 1;
        }
        if (value instanceof Instant instant) {
            return instant.plusNanos(1_000);
        }
        return value + "x";
    }

    /** Stands for someone editing the stored row: the entity itself offers no way to change an entry. */
    private static void set(AuditEntry entry, String fieldName, Object value) throws ReflectiveOperationException {
        Field field = AuditEntry.class.getDeclaredField(fieldName);
        field.setAccessible(true);
        field.set(entry, value);
    }
}
