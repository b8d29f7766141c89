package uk.hearth.organisations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.hearth.audit.application.Actors;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.time.HearthClock;

/** Tells any service, and the page header, who the caller is and which organisation they act for. */
@Stateless
@LocalBean
@Local(Actors.class)
public class CallerProfiles implements Actors {

    /** The name the container gives a caller who has not signed in. */
    private static final String ANONYMOUS = "anonymous";

    @Resource
    private SessionContext session;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private HearthClock clock;

    @Override
    @PermitAll
    public Actor actor() {
        CallerProfile caller = current();
        return new Actor(caller.username(), caller.organisationName());
    }

    /** The caller acting now: who, and when by the service clock, for the record of what they do. */
    @PermitAll
    public Act act() {
        return new Act(current().username(), clock.now());
    }

    @PermitAll
    public CallerProfile current() {
        String username = session.getCallerPrincipal().getName();
        if (username == null || ANONYMOUS.equals(username)) {
            return CallerProfile.withoutOrganisation(CallerProfile.SYSTEM);
        }
        return organisations.findMember(username)
                .map(m -> {
                    Organisation o = m.getOrganisation();
                    return new CallerProfile(username, Optional.of(o.getId()), Optional.of(o.getDisplayName()),
                            Optional.of(o.getKind()));
                })
                .orElseGet(() -> CallerProfile.withoutOrganisation(username));
    }

    /** The caller's organisation; a provider account that belongs to none can do nothing with organisation data. */
    @PermitAll
    public Organisation requireOrganisation() {
        CallerProfile caller = current();
        return caller.organisationId().map(organisations::get).orElseThrow(CallerProfiles::notLinked);
    }

    /** The caller's link to their organisation, which says whether they administer its accounts. */
    @PermitAll
    public OrganisationMember requireMembership() {
        return organisations.findMember(session.getCallerPrincipal().getName()).orElseThrow(CallerProfiles::notLinked);
    }

    private static BusinessException notLinked() {
        return new BusinessException("Your account is not linked to an organisation yet. "
                + "Ask the council's Hearth administrator to link it.");
    }
}
