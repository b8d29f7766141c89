package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.shared.time.HearthClock;

/**
 * Organisations for one test. The database outlives a test and a run, and a user acts for one organisation at a
 * time, so each test makes new organisations with unique names and moves its users to them.
 */
@Stateless
@PermitAll
public class TestOrganisations {

    private static final AtomicInteger LAST_URN = new AtomicInteger();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HearthClock clock;

    /** A new provider, with an address for its letters, that {@code username} now acts for. */
    public Organisation provider(String name, String username) {
        return create(OrganisationKind.PROVIDER, name + " " + Samples.unique() + " Ltd", username);
    }

    /** A new council that {@code username} now works for. */
    public Organisation council(String username) {
        return create(OrganisationKind.COUNCIL, "Test County Council " + Samples.unique(), username);
    }

    /**
     * An Ofsted URN no home has yet. URNs are unique across the whole database, so they count up from the highest
     * one any earlier test or run left behind.
     */
    public String unusedOfstedUrn() {
        String highest = (String) em.createNativeQuery("select max(ofsted_urn) from home").getSingleResult();
        int afterHighest = highest == null ? 100_000 : Integer.parseInt(highest.substring(2)) + 1;
        // Also past the last one handed out, which a test may not have used for a home yet.
        return String.format("SC%06d", LAST_URN.updateAndGet(last -> Math.max(last + 1, afterHighest)));
    }

    private Organisation create(OrganisationKind kind, String legalName, String username) {
        Organisation organisation = new Organisation(legalName, null, kind, clock.now());
        organisation.register(OrganisationType.COMPANY, "01234567", null, "1 Granby Street\nLeicester", "LE1 6EJ",
                "Alex Test", "alex@example.org", "0116 000 0000");
        em.persist(organisation);
        int moved = em.createQuery("update OrganisationMember m set m.organisation = :organisation where m.username = :username")
                .setParameter("organisation", organisation).setParameter("username", username).executeUpdate();
        if (moved == 0) {
            em.persist(new OrganisationMember(username, organisation));
        }
        return organisation;
    }
}
