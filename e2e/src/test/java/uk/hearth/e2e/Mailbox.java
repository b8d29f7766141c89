package uk.hearth.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the mail Hearth sent, from the GreenMail that ./hearth starts (IMAP on 127.0.0.1:3143; every address
 * is a mailbox whose password is the address itself).
 */
final class Mailbox {

    /** A received message: its subject, text and the names of its attachments. */
    record Mail(String subject, String text, List<String> attachments, List<byte[]> attachmentContents) {
    }

    private Mailbox() {
    }

    /** Waits up to 30 seconds for a message to {@code address} whose subject contains {@code subjectPart}. */
    static Mail awaitMessage(String address, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Mail mail : read(address)) {
                if (mail.subject().contains(subjectPart)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No message to " + address + " about ‘" + subjectPart + "’; received: "
                + read(address).stream().map(Mail::subject).toList());
    }

    private static List<Mail> read(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", "3143");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toMail(message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address, e);
        }
    }

    private static Mail toMail(Message message) throws MessagingException {
        try {
            if (message.getContent() instanceof Multipart parts) {
                StringBuilder text = new StringBuilder();
                List<String> names = new ArrayList<>();
                List<byte[]> contents = new ArrayList<>();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        names.add(part.getFileName());
                        contents.add(part.getInputStream().readAllBytes());
                    } else {
                        text.append(part.getContent());
                    }
                }
                return new Mail(message.getSubject(), text.toString(), names, contents);
            }
            return new Mail(message.getSubject(), message.getContent().toString(), List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
