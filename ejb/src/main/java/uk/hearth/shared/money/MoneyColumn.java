package uk.hearth.shared.money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores every {@link Money} attribute as a {@code numeric(10, 2)} column of pounds. */
@Converter(autoApply = true)
public class MoneyColumn implements AttributeConverter<Money, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Money money) {
        return money == null ? null : money.amount();
    }

    @Override
    public Money convertToEntityAttribute(BigDecimal amount) {
        return Money.ofNullable(amount);
    }
}
