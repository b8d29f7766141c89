package uk.hearth.onboarding.application;

import java.util.List;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;

/** Everything the council holds about one provider, for its page in the directory. */
public record ProviderProfile(Organisation organisation, List<LotMembership> memberships, List<Home> homes,
        List<ProviderDocument> certificates, List<ProviderDocument> documents, List<LotApplication> applications,
        List<AuditLine> history) {

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<LotMembership> getMemberships() {
        return memberships;
    }

    public List<Home> getHomes() {
        return homes;
    }

    public List<ProviderDocument> getCertificates() {
        return certificates;
    }

    public List<ProviderDocument> getDocuments() {
        return documents;
    }

    public List<LotApplication> getApplications() {
        return applications;
    }

    public List<AuditLine> getHistory() {
        return history;
    }
}
