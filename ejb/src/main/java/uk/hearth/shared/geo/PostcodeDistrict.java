package uk.hearth.shared.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode district: the outward code, the part of a postcode before the
 * space, such as {@code LE10}, {@code M1} or {@code SW1A}.
 *
 * @param code the outward code in upper case without spaces
 */
public record PostcodeDistrict(String code) {

    private static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern DISTRICT = Pattern.compile("^" + OUTWARD + "$");
    // The inward code is always three characters, so with the spaces removed the
    // split between the two halves is still unambiguous.
    private static final Pattern POSTCODE = Pattern.compile("^(" + OUTWARD + ")[0-9][A-Z]{2}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Checks the code is already in canonical form; use {@link #of} for user input. */
    public PostcodeDistrict {
        if (code == null || !DISTRICT.matcher(code).matches()) {
            throw new IllegalArgumentException(notADistrict(code));
        }
    }

    /**
     * Reads a district as people type it: surrounding and inner spaces are ignored
     * and lower case is accepted.
     *
     * @throws IllegalArgumentException if the text is not a postcode district
     */
    public static PostcodeDistrict of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter a postcode district, such as LE1 or NG10.");
        }
        String code = normalise(text);
        if (!DISTRICT.matcher(code).matches()) {
            throw new IllegalArgumentException(notADistrict(text.strip()));
        }
        return new PostcodeDistrict(code);
    }

    /**
     * The district of a full postcode, such as {@code LE10} for "le10 0aa". Spaces
     * may be missing or repeated and lower case is accepted.
     *
     * @throws IllegalArgumentException if the text is not a full UK postcode
     */
    public static PostcodeDistrict ofPostcode(String fullPostcode) {
        if (fullPostcode == null || fullPostcode.isBlank()) {
            throw new IllegalArgumentException("Enter a postcode, such as LE1 5WW.");
        }
        Matcher matcher = POSTCODE.matcher(normalise(fullPostcode));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "‘" + fullPostcode.strip() + "’ is not a full UK postcode, such as LE1 5WW.");
        }
        return new PostcodeDistrict(matcher.group(1));
    }

    /**
     * A full postcode as Royal Mail writes it: upper case, one space before the three-character inward code.
     *
     * @throws IllegalArgumentException if the text is not a full UK postcode
     */
    public static String formatPostcode(String fullPostcode) {
        ofPostcode(fullPostcode);
        String compact = normalise(fullPostcode);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** Whether the text is a full UK postcode, read as leniently as {@link #ofPostcode}. */
    public static boolean isValidPostcode(String text) {
        return text != null && POSTCODE.matcher(normalise(text)).matches();
    }

    @Override
    public String toString() {
        return code;
    }

    private static String normalise(String text) {
        return SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String notADistrict(String text) {
        return "‘" + text + "’ is not a UK postcode district, such as LE1 or NG10.";
    }
}
