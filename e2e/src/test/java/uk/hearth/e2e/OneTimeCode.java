package uk.hearth.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The current one-time code of a demo council user, as an authenticator app would show it (TOTP, RFC 6238: HMAC-SHA1,
 * 30-second steps, six digits). Each demo user's secret in keycloak-realm/hearth-realm.json is "demo-only-otp-"
 * and the user name, so newcomers and the browser tests can sign in as council staff in seconds. Demo only: real
 * council accounts set up their own authenticator at first sign-in.
 *
 * <p>{@code ./hearth code commissioner1} runs this file with the JDK's source launcher.
 */
public final class OneTimeCode {

    private static final long STEP_SECONDS = 30;
    /** The last step whose code each user signed in with, in this run of the tests. */
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private OneTimeCode() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: OneTimeCode <demo user name>");
            System.exit(2);
        }
        System.out.println(of(args[0], Instant.now()));
    }

    /**
     * A code of the demo user's that Keycloak has not seen yet: it takes each code once, and accepts the next
     * step's code as well as the current one, so sign-ins in quick succession use the next step, and wait for a new
     * step only when both are spent.
     */
    public static synchronized String unused(String username) {
        long step = Instant.now().getEpochSecond() / STEP_SECONDS;
        long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
        long use = Math.max(step, last + 1);
        while (use > step + 1) {
            sleepUntilStep(step + 1);
            step = Instant.now().getEpochSecond() / STEP_SECONDS;
        }
        LAST_STEP.put(username, use);
        return of(username, Instant.ofEpochSecond(use * STEP_SECONDS));
    }

    private static void sleepUntilStep(long step) {
        try {
            Thread.sleep(Math.max(0, step * STEP_SECONDS * 1000 - System.currentTimeMillis()) + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The demo user's code at {@code when}. */
    public static String of(String username, Instant when) {
        byte[] secret = ("demo-only-otp-" + username).getBytes(StandardCharsets.UTF_8);
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(when.getEpochSecond() / STEP_SECONDS).array());
            int offset = hash[hash.length - 1] & 0x0F;
            int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                    | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA1", e);
        }
    }
}
