package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.Organisation;

/**
 * Providers admitted to the fostering lot with one home, for tests about what comes after admission. Each is a new
 * organisation that the user of {@code provider}, a role caller, now acts for ({@link TestOrganisations}), taken
 * through the admission as on the pages ({@link Admissions}). Without a transaction of its own, as Admissions.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdmittedProviders {

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Admissions admissions;

    @Inject
    private ProviderHomes homes;

    /**
     * Admitted now with a home at {@code postcode} that takes children of every gender, so the requests for
     * {@link RequestSamples}' child reach it.
     */
    public AdmittedProvider withHomeAt(String name, RoleCaller provider, String postcode) throws Exception {
        return admitted(name, provider, RequestSamples.home(organisations.unusedOfstedUrn(), postcode));
    }

    /**
     * Admitted now with {@link Samples#fosteringHome}, for girls and boys only, so the requests for
     * {@link RequestSamples}' child never reach it.
     */
    public AdmittedProvider withFosteringHome(String name, RoleCaller provider) throws Exception {
        return admitted(name, provider, Samples.fosteringHome(organisations.unusedOfstedUrn()));
    }

    private AdmittedProvider admitted(String name, RoleCaller provider, HomeDetails home) throws Exception {
        Organisation organisation = organisations.provider(name, RoleCaller.usernameOf(provider.getClass()));
        LotMembership membership = admissions.admitted(provider, home, Map.of());
        List<Home> own = provider.call(homes::myHomes);
        if (own.size() != 1) {
            throw new IllegalStateException("Expected the new organisation to have one home, not " + own.size());
        }
        return new AdmittedProvider(organisation, membership, own.get(0));
    }
}
