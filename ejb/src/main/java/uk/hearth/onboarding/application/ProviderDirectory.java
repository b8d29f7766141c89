package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.geography.application.Distances;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotApplicationRepository;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.organisations.domain.ProviderDocumentRepository;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.security.Roles;

/** The council's directory of providers: who is admitted, suspended or removed, where their homes are. */
@Stateless
@RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
public class ProviderDirectory {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private LotApplicationRepository applications;

    @Inject
    private HomeRepository homes;

    @Inject
    private ProviderDocumentRepository documents;

    @Inject
    private Distances distances;

    @Inject
    private DocumentCompliance compliance;

    @Inject
    private AuditTrail audit;

    /** Every provider that has joined at least one lot, filtered; nearest first when a district is given. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<DirectoryEntry> search(@NotNull DirectoryQuery query) {
        Optional<GeoPoint> centre = query.nearDistrict() == null || query.nearDistrict().isBlank() ? Optional.empty()
                : Optional.of(distances.requireCentreOf(distances.knownDistrict(query.nearDistrict(), "nearDistrict")));
        Map<Organisation, List<LotMembership>> byOrganisation = memberships.all().stream()
                .collect(Collectors.groupingBy(LotMembership::getOrganisation));
        Map<Long, List<Home>> openHomes = homes.openOfProviders().stream()
                .collect(Collectors.groupingBy(h -> h.getOrganisation().getId()));
        String name = query.name() == null ? "" : query.name().strip().toLowerCase(Locale.UK);
        Comparator<DirectoryEntry> order = centre.isPresent()
                ? Comparator.comparing(e -> e.nearestMiles().orElse(Double.MAX_VALUE))
                : Comparator.comparing(e -> e.organisation().getLegalName());
        return byOrganisation.entrySet().stream()
                .filter(e -> e.getKey().getLegalName().toLowerCase(Locale.UK).contains(name)
                        || e.getKey().getDisplayName().toLowerCase(Locale.UK).contains(name))
                .filter(e -> e.getValue().stream().anyMatch(m -> (query.lotId() == null || m.getLot().getId().equals(query.lotId()))
                        && (query.status() == null || m.getStatus() == query.status())))
                .map(e -> {
                    // With a lot chosen, only homes offered under that lot count towards distance and vacancies.
                    List<Home> open = openHomes.getOrDefault(e.getKey().getId(), List.of()).stream()
                            .filter(h -> query.lotId() == null || h.getLot().getId().equals(query.lotId())).toList();
                    return new DirectoryEntry(e.getKey(), e.getValue(), open, centre.flatMap(c -> nearest(c, open)));
                })
                .filter(e -> query.judgement() == null || e.openHomes().stream().anyMatch(h -> h.getJudgement() == query.judgement()))
                .filter(e -> centre.isEmpty() || query.withinMiles() == null
                        || e.nearestMiles().map(miles -> miles <= query.withinMiles()).orElse(false))
                .sorted(order)
                .toList();
    }

    /** One provider in full: memberships, homes, documents, applications and the history of its admission. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public ProviderProfile profile(long organisationId) {
        Organisation organisation = organisations.getProvider(organisationId);
        List<LotMembership> places = memberships.ofOrganisation(organisationId);
        List<LotApplication> applied = applications.ofOrganisation(organisationId);
        List<AuditLine> history = new ArrayList<>();
        history.addAll(audit.historyOf("LotMembership", places.stream().map(m -> m.getId().toString()).toList()));
        history.addAll(audit.historyOf("LotApplication", applied.stream().map(a -> a.getId().toString()).toList()));
        history.sort(Comparator.comparingLong(AuditLine::sequenceNumber).reversed());
        return new ProviderProfile(organisation, places, homes.ofOrganisation(organisationId),
                compliance.certificatesOf(organisationId), documents.ofOrganisation(organisationId), applied, history);
    }

    private Optional<Double> nearest(GeoPoint centre, List<Home> homes) {
        return homes.stream()
                .map(h -> distances.centreOf(h.getPostcodeDistrict()).map(centre::milesTo))
                .flatMap(Optional::stream).min(Double::compare);
    }
}
