package uk.hearth.organisations.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.shared.time.HearthClock;

/**
 * What {@link ProviderRegistrationIT} needs and {@code TestOrganisations} does not make: providers registered under
 * numbers the test chooses, and members whose administrator flag the test sets. Registering through the service
 * itself needs Keycloak, which the test server does not have.
 */
@Stateless
@PermitAll
public class TestRegistrations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HearthClock clock;

    /** A provider already registered under these numbers, with nobody acting for it. */
    public Organisation provider(String legalName, OrganisationType type, String companiesHouseNumber,
            String charityNumber) {
        Organisation organisation = new Organisation(legalName, null, OrganisationKind.PROVIDER, clock.now());
        organisation.register(type, companiesHouseNumber, charityNumber, "1 Granby Street\nLeicester", "LE1 6EJ",
                "Alex Test", "alex@example.org", "0116 000 0000");
        em.persist(organisation);
        return organisation;
    }

    /**
     * {@code username} now acts for {@code organisation}, as its administrator or not, whatever an earlier test or
     * run left behind.
     */
    public void member(String username, Organisation organisation, boolean organisationAdmin) {
        Organisation attached = em.find(Organisation.class, organisation.getId());
        int moved = em.createQuery("update OrganisationMember m set m.organisation = :organisation,"
                        + " m.organisationAdmin = :admin where m.username = :username")
                .setParameter("organisation", attached).setParameter("admin", organisationAdmin)
                .setParameter("username", username).executeUpdate();
        if (moved == 0) {
            em.persist(new OrganisationMember(username, attached, organisationAdmin));
        }
    }
}
