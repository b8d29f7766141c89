package uk.hearth.shared;

/**
 * Text as Hearth stores it: without control characters other than tab and line breaks. Nobody types them, but they
 * arrive pasted or crafted, and PostgreSQL refuses NUL outright. Every text column goes through this (by the
 * auto-applied {@code PlainTextColumn}); a service comparing typed text with stored text, such as a unique name,
 * compares this of it.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String of(String text) {
        if (text == null || text.chars().noneMatch(PlainText::isUnwanted)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        text.chars().filter(c -> !isUnwanted(c)).forEach(c -> plain.append((char) c));
        return plain.toString();
    }

    private static boolean isUnwanted(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
