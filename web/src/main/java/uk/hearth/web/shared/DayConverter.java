package uk.hearth.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import uk.hearth.shared.time.DeadlineWords;

/** Shows a day as letters and messages write it, "22 November 2026" ({@link DeadlineWords#day}); for output. */
@FacesConverter(value = "hearth.day")
public class DayConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new ConverterException("Enter the day as in 22 November 2026.", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DeadlineWords.day(value);
    }
}
