package uk.hearth.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.shared.time.HearthClock;

/**
 * Demonstration organisations for the demo users of the Keycloak realm. Idempotent (an organisation that
 * exists is left alone) and switched off with {@code -Dhearth.demo-data=false} or {@code HEARTH_DEMO_DATA=false}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record DemoOrganisation(String legalName, String tradingName, OrganisationKind kind, List<String> users) {
    }

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Leicestershire County Council", null, OrganisationKind.COUNCIL,
                    List.of("commissioner1", "commissioner2", "contract1", "admin1")),
            new DemoOrganisation("Charnwood Children's Homes Ltd", "Charnwood Homes", OrganisationKind.PROVIDER,
                    List.of("provider1")),
            new DemoOrganisation("Soar Valley Fostering CIC", "Soar Valley Fostering", OrganisationKind.PROVIDER,
                    List.of("provider2")));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @PostConstruct
    void load() {
        String setting = System.getProperty("hearth.demo-data", System.getenv().getOrDefault("HEARTH_DEMO_DATA", "true"));
        if (!Boolean.parseBoolean(setting)) {
            LOG.info("Demo data switched off");
            return;
        }
        ORGANISATIONS.forEach(this::ensure);
    }

    private void ensure(DemoOrganisation demo) {
        boolean exists = !em.createNamedQuery(Organisation.BY_LEGAL_NAME, Organisation.class)
                .setParameter("legalName", demo.legalName()).getResultList().isEmpty();
        if (exists) {
            return;
        }
        Organisation organisation = new Organisation(demo.legalName(), demo.tradingName(), demo.kind(), clock.now());
        em.persist(organisation);
        demo.users().forEach(username -> em.persist(new OrganisationMember(username, organisation)));
        audit.record("demo-data.loaded", "Organisation", organisation.getId(),
                "Demo organisation " + demo.legalName() + " created with users " + String.join(", ", demo.users()));
        LOG.info(() -> "Demo organisation created: " + demo.legalName());
    }
}
