package uk.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;

/** Flyway ran every migration at start-up, reference data included. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationsIT {

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private RawDatabase database;

    @Test
    void postcodeDistrictsAreLoaded() {
        assertEquals(2975, database.count("select count(*) from postcode_district"));
        assertEquals(1, database.count("select count(*) from postcode_district where code = ?1", "LE1"));
    }

    @Test
    void lotsAreLoaded() {
        assertEquals(6, database.count("select count(*) from lot"));
        assertEquals(26, database.count("select count(*) from lot_sub_category"));
    }
}
