package uk.hearth.testing;

import jakarta.annotation.security.RunAs;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.hearth.shared.security.Roles;

/**
 * The one deployment every integration test uses: the whole application (all main classes, the persistence unit,
 * the migrations and the libraries the EAR bundles) in a WAR, plus the shared test helpers and the test's own
 * extra classes.
 */
public final class HearthDeployment {

    private static final String MIGRATIONS = "db/migration";

    private static final List<Class<?>> HELPERS = List.of(RoleCaller.class, AsProvider.class, AsOtherProvider.class,
            AsThirdProvider.class, AsCommissioner.class, AsSecondCommissioner.class, AsThirdCommissioner.class,
            AsContractManager.class, AsAdmin.class, PrincipalName.class, RawDatabase.class,
            TestOrganisations.class, Samples.class, RequestSamples.class, Admissions.class, PdfText.class,
            CompetitionSamples.class, SentNotices.class, ResetsClock.class, RequestBuilder.class,
            AdmittedProvider.class, AdmittedProviders.class, PublishedRequests.class, PublishedCompetitions.class,
            PlacedChildren.class);

    private static final String DEPLOYMENT_STRUCTURE = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                <deployment>
                    <dependencies>
                        <!-- PDFBox unmaps memory-mapped fonts through sun.misc.Unsafe, as in the EAR. -->
                        <module name="jdk.unsupported"/>
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    private HearthDeployment() {
    }

    public static WebArchive create(Class<?>... extraTestClasses) {
        Path testClasses = codeSource(HearthDeployment.class);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "hearth-it.war")
                // Test classes share the uk.hearth packages; only main classes may come in by package.
                .addPackages(true, path -> !Files.exists(testClasses.resolve(path.get().substring(1))), "uk.hearth")
                .addClasses(HELPERS.toArray(Class<?>[]::new))
                .addClasses(extraTestClasses)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/beans.xml")
                .addAsWebInfResource(new StringAsset(DEPLOYMENT_STRUCTURE), "jboss-deployment-structure.xml")
                .addAsWebInfResource(new StringAsset(runAsPrincipals()), "jboss-ejb3.xml")
                .addAsLibraries(libraries());
        migrationNames().forEach(name -> war.addAsResource(MIGRATIONS + "/" + name));
        return war;
    }

    /**
     * Names the caller each role caller runs as: {@code @RunAs} alone gives the role to an anonymous caller, whom
     * the audit log would record as "system".
     */
    private static String runAsPrincipals() {
        StringBuilder entries = new StringBuilder();
        for (Class<?> helper : HELPERS) {
            if (helper.isAnnotationPresent(RunAs.class)) {
                entries.append("<s:security><ejb-name>").append(helper.getSimpleName()).append("</ejb-name>")
                        .append("<s:run-as-principal>")
                        .append(RoleCaller.usernameOf(helper.asSubclass(RoleCaller.class)))
                        .append("</s:run-as-principal></s:security>\n");
            }
        }
        return """
                <jboss:ejb-jar xmlns:jboss="urn:jboss:jakartaee:1.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                               xmlns:s="urn:security:2.0" version="4.0" impl-version="2.0">
                    <assembly-descriptor>
                """ + entries + """
                    </assembly-descriptor>
                </jboss:ejb-jar>
                """;
    }

    /** Every jar the build copied for the EAR's lib/ folder (system property {@code hearth.it.libraries}). */
    private static File[] libraries() {
        String folder = System.getProperty("hearth.it.libraries");
        File[] jars = folder == null ? null : new File(folder).listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No libraries in hearth.it.libraries=" + folder + "; run the ITs through mvn verify");
        }
        return jars;
    }

    /** The migration scripts of the main code, which Failsafe may give as a folder or as the packaged jar. */
    private static List<String> migrationNames() {
        Path main = codeSource(Roles.class);
        if (Files.isDirectory(main)) {
            return sqlFilesIn(main.resolve(MIGRATIONS));
        }
        try (FileSystem jar = FileSystems.newFileSystem(main)) {
            return sqlFilesIn(jar.getPath(MIGRATIONS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sqlFilesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
