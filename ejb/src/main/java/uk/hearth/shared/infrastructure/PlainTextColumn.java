package uk.hearth.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import uk.hearth.shared.PlainText;

/**
 * Every text attribute is stored as {@link PlainText}: a stray control character would otherwise turn a form into an
 * error page. What people can see of the text is kept as it was typed.
 */
@Converter(autoApply = true)
public class PlainTextColumn implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        return PlainText.of(text);
    }

    @Override
    public String convertToEntityAttribute(String text) {
        return text;
    }
}
