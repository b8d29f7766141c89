package uk.hearth.organisations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaHomeRepository extends JpaVersionedRepository<Home> implements HomeRepository {

    public JpaHomeRepository() {
        super(Home.class, "The home");
    }

    @Override
    public Home getOfOrganisation(long homeId, long organisationId) {
        return find(homeId).filter(h -> h.getOrganisation().getId() == organisationId).orElseThrow(this::notFound);
    }

    @Override
    public List<Home> ofOrganisation(long organisationId) {
        return list(Home.OF_ORGANISATION, "organisationId", organisationId);
    }

    @Override
    public List<Home> openOf(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of()
                : list(Home.OPEN_OF_ORGANISATIONS, "organisationIds", organisationIds);
    }

    @Override
    public List<Home> openOfProviders() {
        return list(Home.OPEN_OF_PROVIDERS);
    }

    @Override
    public Optional<Home> findByUrn(String urn) {
        return first(Home.BY_URN, "urn", urn);
    }

    @Override
    protected String nameOf(Home home) {
        return "The home ‘" + home.getName() + "’";
    }
}
