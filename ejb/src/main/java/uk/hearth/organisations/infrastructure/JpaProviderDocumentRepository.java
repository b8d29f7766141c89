package uk.hearth.organisations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.organisations.domain.ProviderDocumentRepository;
import uk.hearth.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class JpaProviderDocumentRepository extends JpaRepository<ProviderDocument> implements ProviderDocumentRepository {

    public JpaProviderDocumentRepository() {
        super(ProviderDocument.class, "The document");
    }

    @Override
    public List<ProviderDocument> ofOrganisation(long organisationId) {
        return list(ProviderDocument.OF_ORGANISATION, "organisationId", organisationId);
    }
}
