package uk.hearth.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.hearth.notifications.domain.Notification;

/**
 * The emails the server handed to the mailer, seen the way the mailer sees them (only after the transaction
 * commits), so a test can check who was told what. Tests pick out their own by the unique reference in the subject.
 */
@ApplicationScoped
public class SentNotices {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notification notification) {
        sent.add(notification);
    }

    /** The messages whose subject contains {@code subjectPart}, in the order they were sent. */
    public List<Notification> about(String subjectPart) {
        return sent.stream().filter(n -> n.subject().contains(subjectPart)).toList();
    }

    /** The names the messages about {@code subjectPart} were addressed to ("Dear …"). */
    public List<String> addresseesOf(String subjectPart) {
        return about(subjectPart).stream().map(n -> n.body().substring("Dear ".length(), n.body().indexOf(",\n"))).toList();
    }
}
