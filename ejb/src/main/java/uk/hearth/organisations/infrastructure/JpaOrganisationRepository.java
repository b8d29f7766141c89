package uk.hearth.organisations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaOrganisationRepository extends JpaVersionedRepository<Organisation> implements OrganisationRepository {

    public JpaOrganisationRepository() {
        super(Organisation.class, "The organisation");
    }

    @Override
    public Organisation getProvider(long organisationId) {
        return find(organisationId).filter(o -> o.getKind() == OrganisationKind.PROVIDER)
                .orElseThrow(() -> new RecordNotFoundException("The provider"));
    }

    @Override
    public boolean isCompaniesHouseNumberTaken(String number) {
        return first(Organisation.BY_COMPANIES_HOUSE_NUMBER, "number", number).isPresent();
    }

    @Override
    public boolean isCharityNumberTaken(String number) {
        return first(Organisation.BY_CHARITY_NUMBER, "number", number).isPresent();
    }

    @Override
    public Optional<Organisation> findByLegalNameIgnoringCase(String legalName) {
        return first(Organisation.BY_LEGAL_NAME_IGNORING_CASE, "legalName", legalName);
    }

    @Override
    public Optional<OrganisationMember> findMember(String username) {
        return query(OrganisationMember.BY_USERNAME, OrganisationMember.class, "username", username).getResultStream()
                .findFirst();
    }

    @Override
    public List<OrganisationMember> membersOf(long organisationId) {
        return query(OrganisationMember.OF_ORGANISATION, OrganisationMember.class, "organisationId", organisationId)
                .getResultList();
    }

    @Override
    public void addMember(OrganisationMember member) {
        em.persist(member);
        em.flush();
    }
}
