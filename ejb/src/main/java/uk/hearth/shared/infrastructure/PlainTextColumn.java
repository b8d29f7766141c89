package uk.hearth.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text attribute is stored without control characters other than tab and line breaks. Nobody types them, but
 * they arrive pasted or crafted, and PostgreSQL refuses NUL outright: a stray one would turn a form into an error
 * page. What people can see of the text is kept as it was typed.
 */
@Converter(autoApply = true)
public class PlainTextColumn implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        if (text == null || text.chars().noneMatch(PlainTextColumn::isUnwanted)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        text.chars().filter(c -> !isUnwanted(c)).forEach(c -> plain.append((char) c));
        return plain.toString();
    }

    @Override
    public String convertToEntityAttribute(String text) {
        return text;
    }

    private static boolean isUnwanted(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
