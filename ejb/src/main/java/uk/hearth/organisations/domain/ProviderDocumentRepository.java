package uk.hearth.organisations.domain;

import java.util.List;
import uk.hearth.shared.domain.Repository;

/** The documents held for organisations: uploads and the letters Hearth files. */
public interface ProviderDocumentRepository extends Repository<ProviderDocument> {

    /** The organisation's documents, newest first. */
    List<ProviderDocument> ofOrganisation(long organisationId);
}
