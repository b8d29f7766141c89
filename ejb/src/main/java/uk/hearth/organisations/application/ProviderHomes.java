package uk.hearth.organisations.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/** A provider keeps its homes and settings up to date. Every method works on the caller's own organisation only. */
@Stateless
public class ProviderHomes {

    @Inject
    private HomeRepository homes;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private LotRepository lots;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @RolesAllowed(Roles.PROVIDER)
    public List<Home> myHomes() {
        return homes.ofOrganisation(callers.requireOrganisation().getId());
    }

    /** Council staff may look at any provider's homes (the provider directory). */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<Home> homesOf(long organisationId) {
        return homes.ofOrganisation(organisations.get(organisationId).getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public Home myHome(long homeId) {
        return homes.getOfOrganisation(homeId, callers.requireOrganisation().getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public Home addHome(@NotNull @Valid HomeDetails details) {
        Home home = new Home(callers.requireOrganisation());
        describe(home, details);
        homes.add(home);
        audit.record("home.added", "Home", home.getId(), "Home ‘" + home.getName() + "’ (" + home.getOfstedUrn()
                + ") added under " + home.getLot().getName() + ": " + summary(home));
        return home;
    }

    @RolesAllowed(Roles.PROVIDER)
    public Home updateHome(long homeId, long versionSeen, @NotNull @Valid HomeDetails details) {
        Home home = ownHomeForChange(homeId, versionSeen);
        String before = summary(home);
        describe(home, details);
        audit.record("home.updated", "Home", home.getId(), "Home ‘" + home.getName() + "’ changed from {" + before
                + "} to {" + summary(home) + "}");
        return home;
    }

    @RolesAllowed(Roles.PROVIDER)
    public void closeHome(long homeId, long versionSeen) {
        Home home = ownHomeForChange(homeId, versionSeen);
        home.close(clock.now());
        audit.record("home.closed", "Home", home.getId(), "Home ‘" + home.getName() + "’ (" + home.getOfstedUrn() + ") closed");
    }

    private void describe(Home home, HomeDetails details) {
        Lot lot = lots.get(details.lotId());
        String urn = Home.normaliseUrn(details.ofstedUrn());
        if (homes.findByUrn(urn).filter(other -> !other.getId().equals(home.getId())).isPresent()) {
            throw new BusinessException("ofstedUrn", "Another home is already registered in Hearth with the Ofsted URN " + urn + ".");
        }
        Set<Long> wanted = details.specialismIds() == null ? Set.of() : details.specialismIds();
        Set<LotSubCategory> specialisms = lot.getSubCategories().stream()
                .filter(sub -> wanted.contains(sub.getId())).collect(Collectors.toSet());
        if (specialisms.size() != wanted.size()) {
            throw new BusinessException("Specialisms must be kinds of provision of the " + lot.getName() + " lot.");
        }
        home.describe(details, lot, specialisms);
    }

    /** One of the caller's homes, as it was when they saw it; another organisation's is "not found". */
    private Home ownHomeForChange(long homeId, long versionSeen) {
        Home home = homes.getOfOrganisation(homeId, callers.requireOrganisation().getId());
        return homes.getForChange(home.getId(), versionSeen);
    }

    private static String summary(Home home) {
        return "capacity " + home.getCapacity() + ", vacancies " + home.getVacancies() + ", ages " + home.getMinAge()
                + "–" + home.getMaxAge() + ", postcode " + home.getPostcode() + ", Ofsted "
                + home.getJudgement().label() + (home.getJudgementDate() == null ? "" : " (" + home.getJudgementDate() + ")");
    }
}
