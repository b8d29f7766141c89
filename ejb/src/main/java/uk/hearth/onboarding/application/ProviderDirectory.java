package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.domain.AuditEntry;
import uk.hearth.geography.application.Distances;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.security.Roles;

/** The council's directory of providers: who is admitted, suspended or removed, where their homes are. */
@Stateless
@RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
public class ProviderDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Distances distances;

    @Inject
    private DocumentCompliance compliance;

    @Inject
    private AuditTrail audit;

    /** Every provider that has joined at least one lot, filtered; nearest first when a district is given. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<DirectoryEntry> search(@NotNull DirectoryQuery query) {
        Optional<GeoPoint> centre = centreOf(query.nearDistrict());
        Map<Organisation, List<LotMembership>> memberships = em.createQuery(
                "select m from LotMembership m join fetch m.organisation join fetch m.lot order by m.lot.sortOrder", LotMembership.class)
                .getResultStream().collect(Collectors.groupingBy(LotMembership::getOrganisation));
        Map<Long, List<Home>> homes = em.createQuery(
                "select h from Home h join fetch h.lot where h.closedAt is null and h.organisation.kind = :kind", Home.class)
                .setParameter("kind", OrganisationKind.PROVIDER)
                .getResultStream().collect(Collectors.groupingBy(h -> h.getOrganisation().getId()));
        String name = query.name() == null ? "" : query.name().strip().toLowerCase(Locale.UK);
        Comparator<DirectoryEntry> order = centre.isPresent()
                ? Comparator.comparing(e -> e.nearestMiles().orElse(Double.MAX_VALUE))
                : Comparator.comparing(e -> e.organisation().getLegalName());
        return memberships.entrySet().stream()
                .filter(e -> e.getKey().getLegalName().toLowerCase(Locale.UK).contains(name)
                        || e.getKey().getDisplayName().toLowerCase(Locale.UK).contains(name))
                .filter(e -> e.getValue().stream().anyMatch(m -> (query.lotId() == null || m.getLot().getId().equals(query.lotId()))
                        && (query.status() == null || m.getStatus() == query.status())))
                .map(e -> {
                    // With a lot chosen, only homes offered under that lot count towards distance and vacancies.
                    List<Home> open = homes.getOrDefault(e.getKey().getId(), List.of()).stream()
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
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || organisation.getKind() != OrganisationKind.PROVIDER) {
            throw new RecordNotFoundException("The provider");
        }
        List<LotMembership> memberships = em.createNamedQuery(LotMembership.OF_ORGANISATION, LotMembership.class)
                .setParameter("organisationId", organisationId).getResultList();
        memberships.forEach(m -> Optional.ofNullable(m.getAdmissionLetter()).ifPresent(ProviderDocument::getFile));
        List<LotApplication> applications = em.createNamedQuery(LotApplication.OF_ORGANISATION, LotApplication.class)
                .setParameter("organisationId", organisationId).getResultList();
        List<Home> homes = em.createNamedQuery(Home.OF_ORGANISATION, Home.class)
                .setParameter("organisationId", organisationId).getResultList();
        List<ProviderDocument> documents = em.createNamedQuery(ProviderDocument.OF_ORGANISATION, ProviderDocument.class)
                .setParameter("organisationId", organisationId).getResultList();
        List<AuditEntry> history = new java.util.ArrayList<>();
        history.addAll(audit.historyOf("LotMembership", memberships.stream().map(m -> m.getId().toString()).toList()));
        history.addAll(audit.historyOf("LotApplication", applications.stream().map(a -> a.getId().toString()).toList()));
        history.sort(Comparator.comparingLong(AuditEntry::getSequenceNumber).reversed());
        return new ProviderProfile(organisation, memberships, homes, compliance.certificatesOf(organisationId), documents,
                applications, history);
    }

    private Optional<GeoPoint> centreOf(String district) {
        if (district == null || district.isBlank()) {
            return Optional.empty();
        }
        PostcodeDistrict parsed;
        try {
            parsed = PostcodeDistrict.of(district);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        return Optional.of(distances.centreOf(parsed).orElseThrow(() ->
                new BusinessException("Hearth does not know where the postcode district " + parsed.code() + " is.")));
    }

    private Optional<Double> nearest(GeoPoint centre, List<Home> homes) {
        return homes.stream()
                .map(h -> distances.centreOf(new PostcodeDistrict(h.getPostcodeDistrict())).map(centre::milesTo))
                .flatMap(Optional::stream).min(Double::compare);
    }
}
