package uk.hearth.organisations.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shapes of the numbers a provider registers under. Both are read as people type them: spaces anywhere are
 * ignored and lower case is accepted.
 */
public final class RegistrationNumbers {

    /**
     * Companies House: eight characters, all digits for companies in England and Wales, or two letters and six
     * digits for the other registers (SC Scotland, NI Northern Ireland, OC limited liability partnerships…).
     */
    private static final Pattern COMPANIES_HOUSE = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}");

    /** Charity Commission: six to eight digits, and "-1" to "-99" for a charity linked to a main one. */
    private static final Pattern CHARITY = Pattern.compile("[0-9]{6,8}(-[0-9]{1,2})?");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RegistrationNumbers() {
    }

    /** The number without spaces and in upper case, or null when nothing was typed. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String compact = SPACES.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    public static boolean isCompaniesHouseNumber(String number) {
        String compact = normalise(number);
        return compact != null && COMPANIES_HOUSE.matcher(compact).matches();
    }

    public static boolean isCharityNumber(String number) {
        String compact = normalise(number);
        return compact != null && CHARITY.matcher(compact).matches();
    }
}
