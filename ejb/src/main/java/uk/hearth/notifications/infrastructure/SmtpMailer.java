package uk.hearth.notifications.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.hearth.notifications.domain.Mailer;
import uk.hearth.notifications.domain.Notification;

/**
 * Sends mail through {@code java:jboss/mail/Default}, which the server configuration points at the SMTP server
 * in HEARTH_SMTP_HOST / HEARTH_SMTP_PORT (a local GreenMail for ./hearth run and the tests).
 */
@Stateless
public class SmtpMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    /** Called only by {@link uk.hearth.notifications.application.NotificationDispatch}, after a commit. */
    @Override
    @Asynchronous
    @PermitAll
    public void send(Notification notification) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.to()));
            message.setSubject(notification.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (notification.attachments().isEmpty()) {
                message.setText(notification.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(notification.body(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(text);
                for (Notification.Attachment attachment : notification.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                    file.setFileName(attachment.fileName());
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            Transport.send(message);
        } catch (MessagingException e) {
            // The work itself is committed; a failed mail must not undo it. Logged without the body (it may hold
            // personal details) so an operator can resend.
            LOG.log(Level.WARNING, "Could not send ‘" + notification.subject() + "’: " + e.getMessage());
        }
    }
}
