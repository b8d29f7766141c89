package uk.hearth.organisations.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/** A provider keeps its homes and settings up to date. Every method works on the caller's own organisation only. */
@Stateless
public class ProviderHomes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @RolesAllowed(Roles.PROVIDER)
    public List<Home> myHomes() {
        return homesOf(callers.requireOrganisation());
    }

    /** Council staff may look at any provider's homes (the provider directory). */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<Home> homesOf(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new RecordNotFoundException("The organisation");
        }
        return homesOf(organisation);
    }

    @RolesAllowed(Roles.PROVIDER)
    public Home myHome(long homeId) {
        return ownHome(homeId);
    }

    @RolesAllowed(Roles.PROVIDER)
    public Home addHome(@NotNull @Valid HomeDetails details) {
        Home home = new Home(callers.requireOrganisation());
        describe(home, details);
        em.persist(home);
        audit.record("home.added", "Home", home.getId(), "Home ‘" + home.getName() + "’ (" + home.getOfstedUrn()
                + ") added under " + home.getLot().getName() + ": " + summary(home));
        return home;
    }

    @RolesAllowed(Roles.PROVIDER)
    public Home updateHome(long homeId, long versionSeen, @NotNull @Valid HomeDetails details) {
        Home home = ownHome(homeId);
        requireVersion(home, versionSeen);
        String before = summary(home);
        describe(home, details);
        audit.record("home.updated", "Home", home.getId(), "Home ‘" + home.getName() + "’ changed from {" + before
                + "} to {" + summary(home) + "}");
        return home;
    }

    @RolesAllowed(Roles.PROVIDER)
    public void closeHome(long homeId, long versionSeen) {
        Home home = ownHome(homeId);
        requireVersion(home, versionSeen);
        home.close(clock.now());
        audit.record("home.closed", "Home", home.getId(), "Home ‘" + home.getName() + "’ (" + home.getOfstedUrn() + ") closed");
    }

    private List<Home> homesOf(Organisation organisation) {
        return em.createNamedQuery(Home.OF_ORGANISATION, Home.class)
                .setParameter("organisationId", organisation.getId()).getResultList();
    }

    private void describe(Home home, HomeDetails details) {
        Lot lot = em.find(Lot.class, details.lotId());
        if (lot == null) {
            throw new RecordNotFoundException("The lot");
        }
        String urn = Home.normaliseUrn(details.ofstedUrn());
        boolean urnTaken = em.createNamedQuery(Home.BY_URN, Home.class).setParameter("urn", urn).getResultStream()
                .anyMatch(other -> !other.getId().equals(home.getId()));
        if (urnTaken) {
            throw new BusinessException("Another home is already registered in Hearth with the Ofsted URN " + urn + ".");
        }
        Set<Long> wanted = details.specialismIds() == null ? Set.of() : details.specialismIds();
        Set<LotSubCategory> specialisms = lot.getSubCategories().stream()
                .filter(sub -> wanted.contains(sub.getId())).collect(Collectors.toSet());
        if (specialisms.size() != wanted.size()) {
            throw new BusinessException("Specialisms must be kinds of provision of the " + lot.getName() + " lot.");
        }
        home.describe(details, lot, specialisms);
    }

    private Home ownHome(long homeId) {
        Home home = em.find(Home.class, homeId);
        Organisation mine = callers.requireOrganisation();
        if (home == null || !home.getOrganisation().getId().equals(mine.getId())) {
            throw new RecordNotFoundException("The home");
        }
        return home;
    }

    private static void requireVersion(Home home, long versionSeen) {
        if (home.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The home ‘" + home.getName() + "’");
        }
    }

    private static String summary(Home home) {
        return "capacity " + home.getCapacity() + ", vacancies " + home.getVacancies() + ", ages " + home.getMinAge()
                + "–" + home.getMaxAge() + ", postcode " + home.getPostcode() + ", Ofsted "
                + home.getJudgement().label() + (home.getJudgementDate() == null ? "" : " (" + home.getJudgementDate() + ")");
    }
}
