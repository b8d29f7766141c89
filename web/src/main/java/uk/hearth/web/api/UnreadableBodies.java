package uk.hearth.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * A request body the API cannot take as its record (not JSON, cut short, a string where a number goes, an impossible
 * date such as 2026-02-30, a whole number too large for its field or with a fraction) is the caller's mistake: a 400,
 * which {@link ApiRefusals} answers in the API's shape. Left to RESTEasy, JSON-B's failure would be a fault naming the
 * classes it failed on, and some mistakes would not fail at all (see {@link #requireExactWholeNumbers}).
 */
@Provider
public class UnreadableBodies implements ReaderInterceptor {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private static final Map<Class<?>, Function<BigDecimal, Number>> WHOLE_NUMBERS = Map.of(
            int.class, BigDecimal::intValueExact, Integer.class, BigDecimal::intValueExact,
            long.class, BigDecimal::longValueExact, Long.class, BigDecimal::longValueExact);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
                byte[] body = context.getInputStream().readAllBytes();
                if (body.length > 0) {
                    requireExactWholeNumbers(context.getType(), JSON.createReader(new ByteArrayInputStream(body)).readValue());
                }
                context.setInputStream(new ByteArrayInputStream(body));
            }
            return context.proceed();
        } catch (JsonException | ArithmeticException | ProcessingException unreadable) {
            throw new BadRequestException(unreadable);
        }
    }

    /**
     * Throws ArithmeticException unless every number given for a whole-number component of the record, or of a record
     * inside it, or in a list of either, is whole and fits. JSON-B as WildFly ships it (Yasson on Parsson) reads
     * 99999999999999999999 into a long as 7766279631452241919, 4294967308 into an int as 12 and 12.7 as 12: a slip of
     * the keyboard would pass validation as another, valid number. Whole numbers written as strings JSON-B reads exactly already.
     */
    static void requireExactWholeNumbers(Class<?> type, JsonValue json) {
        if (!type.isRecord() || !(json instanceof JsonObject object)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = object.get(component.getName());
            if (value != null) {
                requireExact(component.getType(), component.getGenericType(), value);
            }
        }
    }

    /**
     * One value for a component of {@code type}: a whole number, a record, or a list of either (such as the ids of
     * {@code {"placementIds": [12, 14]}}), its elements checked as the list's type argument says.
     */
    private static void requireExact(Class<?> type, Type genericType, JsonValue value) {
        Function<BigDecimal, Number> exactly = WHOLE_NUMBERS.get(type);
        if (exactly != null && value instanceof JsonNumber number) {
            exactly.apply(number.bigDecimalValue());
        } else if (Collection.class.isAssignableFrom(type) && value instanceof JsonArray array
                && genericType instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            array.forEach(item -> requireExact(element, element, item));
        } else {
            requireExactWholeNumbers(type, value);
        }
    }
}
