package uk.hearth.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's own corpus of hostile and careless input (test resources {@code bad-input/}). */
public final class BadInput {

    private static final Pattern UNICODE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private BadInput() {
    }

    public static List<String> texts() {
        return lines("bad-input/text.txt").stream().map(BadInput::unescape).toList();
    }

    public static List<BigDecimal> numbers() {
        return lines("bad-input/numbers.txt").stream().map(BigDecimal::new).toList();
    }

    private static List<String> lines(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BadInput.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.startsWith("#") && !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String line) {
        switch (line) {
            case "<blank>":
                return "";
            case "<space>":
                return "   ";
            case "<long>":
                return "a".repeat(100_000);
            default:
                break;
        }
        String escaped = line.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\0", "\0")
                .replace("\\e", "\u001B");
        Matcher unicode = UNICODE.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (unicode.find()) {
            unicode.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(unicode.group(1), 16))));
        }
        unicode.appendTail(out);
        return out.toString();
    }
}
