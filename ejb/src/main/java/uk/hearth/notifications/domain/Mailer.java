package uk.hearth.notifications.domain;

/** Where notifications leave Hearth: implemented by the SMTP mailer in infrastructure. */
public interface Mailer {

    /** Sends the message; called only after the transaction that fired it has committed. */
    void send(Notification notification);
}
