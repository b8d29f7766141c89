package uk.hearth.uplifts.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.uplifts.domain.WindowDetails.StandardUplift;

/**
 * A fee review window in memory: open from its opening day to its closing day, both included; extended once, to a
 * later day by the effective date; each request decided within working days of the England and Wales calendar.
 */
class FeeReviewWindowTest {

    private static final Lot FOSTERING = lot(1, "Fostering");
    private static final Lot RESIDENTIAL = lot(2, "Children's homes");
    private static final Act OPENED = new Act("it-contract-manager", Instant.parse("2027-01-25T10:00:00Z"));

    private static final LocalDate OPENS = LocalDate.of(2027, 2, 1);
    private static final LocalDate CLOSES = LocalDate.of(2027, 2, 26);
    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 4, 1);

    @Test
    void takesTheDetailsInWithTheStandardUpliftOfEachLot() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        assertEquals("Spring 2027 fee review", window.getName());
        assertEquals(OPENS, window.getOpensOn());
        assertEquals(CLOSES, window.getClosesOn());
        assertEquals(EFFECTIVE, window.getEffectiveFrom());
        assertEquals(20, window.getDecisionWorkingDays());
        assertEquals("Audited accounts and a pay schedule", window.getEvidenceAsked());
        assertEquals("Costs that rise with the Living Wage", window.getCriteria());
        assertEquals(OPENED, window.getOpened());
        assertFalse(window.isExtended());
        assertEquals(Set.of(1L, 2L), window.lotIds());
        assertEquals("Fostering, Children's homes", window.lotNames());
        assertEquals(new BigDecimal("3.50"), window.standardUpliftFor(1));
        assertEquals(new BigDecimal("4.25"), window.standardUpliftFor(2));
        assertEquals(Optional.empty(), window.lotOf(3));
    }

    @Test
    void aWindowMustCloseAfterItOpens() {
        BusinessException before = assertThrowsExactly(BusinessException.class,
                () -> window(OPENS, OPENS.minusDays(1), EFFECTIVE, 20));
        assertEquals(Optional.of("closesOn"), before.field());

        BusinessException sameDay = assertThrowsExactly(BusinessException.class, () -> window(OPENS, OPENS, EFFECTIVE, 20));
        assertEquals(Optional.of("closesOn"), sameDay.field());
    }

    @Test
    void upliftsCannotTakeEffectBeforeTheWindowCloses() {
        BusinessException e = assertThrowsExactly(BusinessException.class,
                () -> window(OPENS, CLOSES, CLOSES.minusDays(1), 20));
        assertEquals(Optional.of("effectiveFrom"), e.field());
    }

    @Test
    void upliftsMayTakeEffectOnTheClosingDay() {
        assertEquals(CLOSES, window(OPENS, CLOSES, CLOSES, 20).getEffectiveFrom());
    }

    @Test
    void isOpenFromTheOpeningDayToTheClosingDayBothIncluded() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        assertFalse(window.isOpenOn(OPENS.minusDays(1)));
        assertTrue(window.isOpenOn(OPENS));
        assertTrue(window.isOpenOn(LocalDate.of(2027, 2, 14)));
        assertTrue(window.isOpenOn(CLOSES));
        assertFalse(window.isOpenOn(CLOSES.plusDays(1)));

        assertFalse(window.isClosedOn(OPENS.minusDays(1)));
        assertFalse(window.isClosedOn(CLOSES));
        assertTrue(window.isClosedOn(CLOSES.plusDays(1)));
    }

    @Test
    void requestsBeforeTheOpeningDayAreAtTheWrongStage() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        assertThrowsExactly(WrongStateException.class, () -> window.requireOpenOn(OPENS.minusDays(1)));
    }

    @Test
    void requestsAfterTheClosingDayAreTooLate() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        assertThrowsExactly(DeadlinePassedException.class, () -> window.requireOpenOn(CLOSES.plusDays(1)));
    }

    @Test
    void requestsOnTheFirstAndLastDaysAreTaken() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        assertDoesNotThrow(() -> window.requireOpenOn(OPENS));
        assertDoesNotThrow(() -> window.requireOpenOn(CLOSES));
    }

    @Test
    void anExtensionMovesTheClosingDayAndKeepsTheReason() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);
        LocalDate later = LocalDate.of(2027, 3, 12);

        window.extend(later, "  Providers asked for more time after the Living Wage announcement  ");

        assertEquals(later, window.getClosesOn());
        assertTrue(window.isExtended());
        assertEquals("Providers asked for more time after the Living Wage announcement", window.getExtensionReason());
        assertTrue(window.isOpenOn(later));
        assertDoesNotThrow(() -> window.requireOpenOn(CLOSES.plusDays(1)));
        assertThrowsExactly(DeadlinePassedException.class, () -> window.requireOpenOn(later.plusDays(1)));
    }

    @Test
    void aWindowIsExtendedOnceOnly() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);
        window.extend(LocalDate.of(2027, 3, 5), "More time");

        assertThrowsExactly(WrongStateException.class, () -> window.extend(LocalDate.of(2027, 3, 12), "Again"));
        assertEquals(LocalDate.of(2027, 3, 5), window.getClosesOn());
    }

    @Test
    void anExtensionMustCloseLater() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        BusinessException sameDay = assertThrowsExactly(BusinessException.class, () -> window.extend(CLOSES, "More time"));
        assertEquals(Optional.of("newClosesOn"), sameDay.field());
        BusinessException earlier = assertThrowsExactly(BusinessException.class,
                () -> window.extend(CLOSES.minusDays(3), "More time"));
        assertEquals(Optional.of("newClosesOn"), earlier.field());
        assertFalse(window.isExtended());
        assertEquals(CLOSES, window.getClosesOn());
    }

    @Test
    void anExtensionMustCloseByTheEffectiveDate() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        BusinessException e = assertThrowsExactly(BusinessException.class,
                () -> window.extend(EFFECTIVE.plusDays(1), "More time"));
        assertEquals(Optional.of("newClosesOn"), e.field());
        assertFalse(window.isExtended());

        window.extend(EFFECTIVE, "More time");
        assertEquals(EFFECTIVE, window.getClosesOn());
    }

    @Test
    void theDecisionIsDueInWorkingDaysSkippingChristmasSubstituteDays() {
        // Christmas Day and Boxing Day 2027 fall at the weekend; Monday 27 and Tuesday 28 December are the
        // substitute days. From Thursday 23 December: Friday 24, Wednesday 29, Thursday 30.
        FeeReviewWindow window = window(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 4, 1), 3);

        assertEquals(LocalDate.of(2027, 12, 30), window.decisionDueFor(LocalDate.of(2027, 12, 23)));
    }

    @Test
    void theDecisionIsDueInWorkingDaysSkippingTheNewYearSubstituteDay() {
        // New Year's Day 2028 is a Saturday, so Monday 3 January is the holiday: 24, 29, 30, 31 December, then 4 January.
        FeeReviewWindow window = window(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 4, 1), 5);

        assertEquals(LocalDate.of(2028, 1, 4), window.decisionDueFor(LocalDate.of(2027, 12, 23)));
    }

    @Test
    void theDecisionClockStartsTheDayAfterSubmission() {
        FeeReviewWindow window = window(OPENS, CLOSES, EFFECTIVE, 20);

        // Monday 1 February 2027 to Monday 1 March: four weeks of five working days, no bank holiday.
        assertEquals(LocalDate.of(2027, 3, 1), window.decisionDueFor(LocalDate.of(2027, 2, 1)));
        // Submitted on Saturday 6 February: the clock starts on Monday 8, so Friday 5 March.
        assertEquals(LocalDate.of(2027, 3, 5), window.decisionDueFor(LocalDate.of(2027, 2, 6)));
    }

    @Test
    void aWindowWithoutLotsCanBeMadeInMemory() {
        FeeReviewWindow window = new FeeReviewWindow(details(OPENS, CLOSES, EFFECTIVE, 20, List.of()), List.of(), OPENED);

        assertEquals(List.of(), window.getLots());
        assertEquals(Set.of(), window.lotIds());
        assertEquals("", window.lotNames());
    }

    private static FeeReviewWindow window(LocalDate opens, LocalDate closes, LocalDate effective, int workingDays) {
        List<StandardUplift> uplifts = List.of(new StandardUplift(1L, new BigDecimal("3.50")),
                new StandardUplift(2L, new BigDecimal("4.25")));
        return new FeeReviewWindow(details(opens, closes, effective, workingDays, uplifts), List.of(FOSTERING, RESIDENTIAL),
                OPENED);
    }

    private static WindowDetails details(LocalDate opens, LocalDate closes, LocalDate effective, int workingDays,
            List<StandardUplift> uplifts) {
        return new WindowDetails("  Spring 2027 fee review ", opens, closes, effective, workingDays,
                " Audited accounts and a pay schedule ", "Costs that rise with the Living Wage\n", uplifts);
    }

    /** Lots are reference data that only the database creates: a bare one with an id and a name. */
    static Lot lot(long id, String name) {
        try {
            Constructor<Lot> constructor = Lot.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Lot lot = constructor.newInstance();
            set(lot, "id", id);
            set(lot, "name", name);
            return lot;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Lot lot, String name, Object value) throws ReflectiveOperationException {
        Field field = Lot.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(lot, value);
    }
}
