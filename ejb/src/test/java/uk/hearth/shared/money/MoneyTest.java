package uk.hearth.shared.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void isKeptToThePennyRoundingHalfUp() {
        assertEquals(new BigDecimal("12.35"), Money.of("12.345").amount());
        assertEquals(new BigDecimal("12.34"), Money.of("12.344").amount());
        assertEquals(new BigDecimal("7.00"), Money.pounds(7).amount());
        assertEquals(Money.of("7"), Money.of("7.000"));
    }

    @Test
    void peopleReadItWithThePoundSignAndThousandsSeparators() {
        assertEquals("£1,234.50", Money.of("1234.5").toString());
        assertEquals("£0.00", Money.ZERO.toString());
        assertEquals("£99,999,999.99", Money.of(Money.MAX).toString());
        assertEquals("−£12.00", Money.pounds(-12).toString());
    }

    @Test
    void machinesReadItPlain() {
        assertEquals("1234.50", Money.of("1234.5").plain());
        assertEquals("-12.00", Money.pounds(-12).plain());
    }

    @Test
    void addsMultipliesAndCompares() {
        Money fee = Money.of("4250.00");
        assertEquals(Money.of("4500.00"), fee.plus(Money.of("250")));
        assertEquals(Money.of("4000.00"), fee.minus(Money.of("250")));
        assertEquals(Money.of("221000.00"), fee.times(52));
        // 7.5 hours at £25.15 an hour is £188.625, which rounds to £188.63.
        assertEquals(Money.of("188.63"), Money.of("25.15").times(new BigDecimal("7.5")));
        assertTrue(fee.isMoreThan(Money.of("4249.99")));
        assertTrue(fee.isLessThan(Money.of("4250.01")));
        assertFalse(fee.isNegative());
        assertTrue(fee.isPositive());
        assertFalse(Money.ZERO.isPositive());
    }

    @Test
    void anOptionalAmountStaysAbsent() {
        assertNull(Money.ofNullable(null));
        assertEquals(Money.of("5"), Money.ofNullable(new BigDecimal("5")));
        assertThrows(NullPointerException.class, () -> Money.of((BigDecimal) null));
    }

    @Test
    void isStoredAsItsAmount() {
        MoneyColumn column = new MoneyColumn();
        assertEquals(new BigDecimal("10.50"), column.convertToDatabaseColumn(Money.of("10.5")));
        assertEquals(Money.of("10.50"), column.convertToEntityAttribute(new BigDecimal("10.5")));
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }
}
