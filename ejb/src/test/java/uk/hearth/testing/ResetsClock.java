package uk.hearth.testing;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.hearth.shared.time.HearthClock;

/**
 * Puts the service clock back to real time after every test of the class, however the test ended, so a test that
 * moves the clock with {@code clock.fixAt(…)} needs no try/finally and leaves no fixed time to the next test. The
 * class registers it after Arquillian, {@code @ExtendWith({ArquillianExtension.class, ResetsClock.class})}, and
 * injects the clock it moves, {@code @Inject HearthClock clock}.
 */
public class ResetsClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        // JUnit calls this on the client, whose test instance Arquillian never injects, and again in the container,
        // where the test ran with the clock CDI injected. Reading the test's own field resets exactly that clock and
        // only where it exists. Looking the clock up with CDI.current() instead would have to tell "no CDI on the
        // client" apart from a real failure by catching an exception.
        HearthClock clock = (HearthClock) clockField(test.getClass()).get(test);
        if (clock != null) {
            clock.reset();
        }
    }

    private static Field clockField(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == HearthClock.class) {
                    field.setAccessible(true);
                    return field;
                }
            }
        }
        throw new ExtensionConfigurationException(testClass.getName() + " uses ResetsClock but injects no HearthClock");
    }
}
