package uk.hearth.web.shared;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a file a browser sent; the service, not the page, decides whether it is acceptable. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytesOf(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
