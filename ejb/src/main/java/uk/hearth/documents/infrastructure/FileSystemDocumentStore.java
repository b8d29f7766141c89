package uk.hearth.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import uk.hearth.documents.domain.DocumentStore;

/**
 * Keeps document bytes under the server's data directory (next to the H2 database by default;
 * {@code hearth.documents.dir} moves it, e.g. to a mounted volume). Files are written to a temporary name and
 * moved into place, so a reader never sees half a file.
 */
@ApplicationScoped
public class FileSystemDocumentStore implements DocumentStore {

    private final Path root = Path.of(System.getProperty("hearth.documents.dir",
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/hearth/documents"));

    @Override
    public void put(String sha256, byte[] content) {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store document " + sha256, e);
        }
    }

    @Override
    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read document " + sha256, e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
