package uk.hearth.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.domain.Organisation;

/**
 * Tells a provider organisation about something that happened to it, by email to its main contact. The
 * message goes only if the caller's transaction commits (see {@link NotificationDispatch}).
 */
@ApplicationScoped
public class ProviderNotices {

    private static final String SIGN_OFF = "\n\n-- \nHearth, the council's dynamic purchasing system for children's placements."
            + "\nThis message was sent automatically; sign in to Hearth to see the details.";

    @Inject
    private Event<Notification> notifications;

    public void tell(Organisation organisation, String subject, String body, Notification.Attachment... attachments) {
        String address = organisation.getContactEmail();
        if (address == null || address.isBlank()) {
            return;
        }
        notifications.fire(new Notification(address, "Hearth: " + subject,
                "Dear " + organisation.getDisplayName() + ",\n\n" + body + SIGN_OFF, List.of(attachments)));
    }
}
