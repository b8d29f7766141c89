package uk.hearth.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import uk.hearth.notifications.domain.Mailer;
import uk.hearth.notifications.domain.Notification;

/**
 * Hands notifications to the mailer after the firing transaction commits: a rolled-back admission must not
 * tell a provider it was admitted. Sending is asynchronous, so a slow mail server never slows a page.
 */
@ApplicationScoped
public class NotificationDispatch {

    @Inject
    private Mailer mailer;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notification notification) {
        mailer.send(notification);
    }
}
