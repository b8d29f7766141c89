package uk.hearth.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.platform.DemoProviders.DemoProvider;
import uk.hearth.shared.time.HearthClock;

/**
 * Demonstration data for the demo users of the Keycloak realm: the council and about twenty providers at every
 * stage of admission. Idempotent (an organisation that exists is left alone) and switched off with
 * {@code -Dhearth.demo-data=false} or {@code HEARTH_DEMO_DATA=false}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String COUNCIL = "Leicestershire County Council";
    private static final List<String> COUNCIL_USERS = List.of("commissioner1", "commissioner2", "contract1", "admin1");
    private static final Map<String, String> PROVIDER_USERS = Map.of(
            "Charnwood Children's Homes Ltd", "provider1",
            "Soar Valley Fostering CIC", "provider2",
            "Wreake Valley Care Ltd", "provider3");

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private DemoProviders demoProviders;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    /** Whether demonstration data is wanted on this server: {@code hearth.demo-data} or HEARTH_DEMO_DATA. */
    static boolean switchedOn() {
        return Boolean.parseBoolean(System.getProperty("hearth.demo-data", System.getenv().getOrDefault("HEARTH_DEMO_DATA", "true")));
    }

    /**
     * A later part of the demo, by a one-off timer of {@code part}'s own: it runs once the application is up, as that
     * bean's run-as role, and not at all when demo data is switched off.
     */
    static void scheduleSoon(TimerService timers, Duration after, String part) {
        if (switchedOn()) {
            timers.createSingleActionTimer(after.toMillis(), new TimerConfig(part, false));
        }
    }

    @PostConstruct
    void load() {
        if (!switchedOn()) {
            LOG.info("Demo data switched off");
            return;
        }
        if (!exists(COUNCIL)) {
            create(COUNCIL, null, OrganisationKind.COUNCIL, COUNCIL_USERS);
        }
        for (DemoProvider demo : DemoProviders.providers()) {
            if (!exists(demo.legalName())) {
                String user = PROVIDER_USERS.get(demo.legalName());
                Organisation provider = create(demo.legalName(), demo.tradingName(), OrganisationKind.PROVIDER,
                        user == null ? List.of() : List.of(user));
                demoProviders.build(provider, demo, clock.now(), clock.today());
            }
        }
        LOG.info(() -> "Demo data in place: " + COUNCIL + " and " + DemoProviders.providers().size() + " providers");
    }

    private boolean exists(String legalName) {
        return organisations.findByLegalNameIgnoringCase(legalName).isPresent();
    }

    private Organisation create(String legalName, String tradingName, OrganisationKind kind, List<String> users) {
        Organisation organisation = new Organisation(legalName, tradingName, kind, clock.now());
        organisations.add(organisation);
        // A demo provider's user administers its accounts, so the demo can invite colleagues.
        users.forEach(username -> organisations.addMember(new OrganisationMember(username, organisation,
                kind == OrganisationKind.PROVIDER)));
        audit.record("demo-data.loaded", "Organisation", organisation.getId(), "Demo organisation " + legalName
                + " created" + (users.isEmpty() ? "" : " with users " + String.join(", ", users)));
        return organisation;
    }
}
