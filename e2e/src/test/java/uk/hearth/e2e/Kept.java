package uk.hearth.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the journeys made that {@link RestoredBackupIT} looks for once the stack has been backed up, thrown away
 * and restored: a file under the build directory, since the two run in separate test runs.
 */
final class Kept {

    private static final Path FILE = Path.of(System.getProperty("hearth.kept", "target/kept-by-journeys.properties"));

    private Kept() {
    }

    static synchronized void remember(String name, String value) {
        Properties kept = all();
        kept.setProperty(name, value);
        try (Writer out = Files.newBufferedWriter(FILE)) {
            kept.store(out, "written by the browser journeys, read by RestoredBackupIT");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recall(String name) {
        String value = all().getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " was not kept in " + FILE + ": run the browser journeys first (./hearth test)");
        }
        return value;
    }

    private static Properties all() {
        Properties kept = new Properties();
        if (Files.exists(FILE)) {
            try (Reader in = Files.newBufferedReader(FILE)) {
                kept.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kept;
    }
}
