package uk.hearth.notifications.domain;

import java.util.List;
import java.util.Objects;
import uk.hearth.documents.domain.StoredFile;

/** An email to one recipient. Plain text, so every mail client shows it the same way. */
public record Notification(String to, String subject, String body, List<Attachment> attachments) {

    public Notification {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        attachments = List.copyOf(attachments);
    }

    public static Notification of(String to, String subject, String body) {
        return new Notification(to, subject, body, List.of());
    }

    /** A file sent with the message, such as an admission letter. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        /** A stored file sent with its bytes. */
        public static Attachment of(StoredFile file, byte[] content) {
            return new Attachment(file.fileName(), file.mediaType(), content);
        }
    }
}
