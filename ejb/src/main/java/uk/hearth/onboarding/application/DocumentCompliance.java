package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.AnswerType;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.onboarding.domain.Question;
import uk.hearth.onboarding.domain.SuspensionCause;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.organisations.domain.ProviderDocumentRepository;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * Keeps lot membership in step with the documents behind it. A membership depends on the certificates its
 * application required (insurance, registration); the newest upload for each requirement counts. When one lapses
 * the membership is suspended from new requests; when a valid replacement arrives it is reinstated, unless the
 * council suspended it for another reason. Providers are reminded 30 and 7 days before a certificate lapses.
 */
@Stateless
public class DocumentCompliance {

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private ProviderDocumentRepository documentRecords;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private HearthClock clock;

    /** What one review did, for the log and the tests. */
    public record Review(int reminders, int suspended, int reinstated) {

        Review plus(Review other) {
            return new Review(reminders + other.reminders, suspended + other.suspended, reinstated + other.reinstated);
        }
    }

    /** The daily review of every membership in force; run by {@link ComplianceSchedule}. */
    @RolesAllowed(Roles.ADMIN)
    public Review reviewAll() {
        Map<Organisation, List<LotMembership>> byOrganisation = memberships.inForce().stream()
                .collect(Collectors.groupingBy(LotMembership::getOrganisation));
        return byOrganisation.entrySet().stream().map(e -> review(e.getKey(), e.getValue()))
                .reduce(new Review(0, 0, 0), Review::plus);
    }

    /**
     * A provider files a newer certificate for a requirement (e.g. a renewed insurance policy). Checked like any
     * upload; memberships it was holding back are reinstated at once.
     */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderDocument replace(@NotBlank String requirement, String fileName, @NotNull byte[] content,
            LocalDate expiresOn) {
        Organisation organisation = callers.requireOrganisation();
        ProviderDocument previous = documents.myDocuments().stream().filter(d -> requirement.equals(d.getRequirement()))
                .findFirst().orElseThrow(() -> new BusinessException("There is no earlier document for that requirement to replace."));
        ProviderDocument replacement = documents.upload(fileName, content, previous.getCategory(), requirement, expiresOn);
        review(organisation, memberships.ofOrganisation(organisation.getId()).stream()
                .filter(m -> m.getStatus() != MembershipStatus.REMOVED).toList());
        return replacement;
    }

    /** Certificates with an expiry date that the caller's organisation holds, newest per requirement, soonest first. */
    @RolesAllowed(Roles.PROVIDER)
    public List<ProviderDocument> myCertificates() {
        return certificatesOf(callers.requireOrganisation().getId());
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<ProviderDocument> certificatesOf(long organisationId) {
        return latestByRequirement(organisationId).values().stream()
                .filter(d -> d.getExpiresOn() != null)
                .sorted(Comparator.comparing(ProviderDocument::getExpiresOn)).toList();
    }

    private Review review(Organisation organisation, List<LotMembership> memberships) {
        LocalDate today = clock.today();
        Map<String, ProviderDocument> latest = latestByRequirement(organisation.getId());
        int reminders = 0;
        for (ProviderDocument document : latest.values()) {
            var due = document.reminderDue(today);
            if (due.isPresent()) {
                document.markReminded(due.getAsInt());
                audit.record("document.expiry-reminder", "ProviderDocument", document.getId(), organisation.getLegalName()
                        + " reminded that ‘" + document.getFile().fileName() + "’ expires on " + document.getExpiresOn()
                        + " (" + due.getAsInt() + "-day reminder)");
                notices.tell(organisation, "‘" + document.getFile().fileName() + "’ expires on " + document.getExpiresOn(),
                        "Your " + document.getCategory().label().toLowerCase() + " ‘" + document.getFile().fileName() + "’ expires on "
                                + document.getExpiresOn() + ". File the renewed one on the Documents page in Hearth before then:"
                                + " if it lapses, your organisation receives no new requests on the lots that depend on it.");
                reminders++;
            }
        }
        int suspended = 0;
        int reinstated = 0;
        for (LotMembership membership : memberships) {
            Optional<String> lapsed = lapsedRequirement(membership, latest, today);
            if (lapsed.isPresent() && membership.getStatus() == MembershipStatus.ADMITTED) {
                membership.changeStatus(MembershipStatus.SUSPENDED, SuspensionCause.DOCUMENT_EXPIRED, lapsed.get(), clock.now());
                audit.record("membership.suspended", "LotMembership", membership.getId(), organisation.getLegalName()
                        + " suspended from " + membership.getLot().getName() + " automatically: " + lapsed.get());
                notices.tell(organisation, "suspended from " + membership.getLot().getName(),
                        "Your organisation is suspended from " + membership.getLot().getName() + ": " + lapsed.get()
                                + "\n\nFile a current certificate on the Documents page in Hearth and the suspension ends at once.");
                suspended++;
            } else if (lapsed.isEmpty() && membership.getStatus() == MembershipStatus.SUSPENDED
                    && membership.getSuspensionCause() == SuspensionCause.DOCUMENT_EXPIRED) {
                membership.changeStatus(MembershipStatus.ADMITTED, null, "A valid replacement document was filed.", clock.now());
                audit.record("membership.reinstated", "LotMembership", membership.getId(), organisation.getLegalName()
                        + " reinstated on " + membership.getLot().getName() + " automatically: valid replacement filed");
                notices.tell(organisation, "reinstated on " + membership.getLot().getName(),
                        "Thank you for filing a current certificate. Your organisation is reinstated on "
                                + membership.getLot().getName() + " and receives new requests again.");
                reinstated++;
            }
        }
        return new Review(reminders, suspended, reinstated);
    }

    /** The first requirement of the membership's application whose newest document is missing or lapsed. */
    private static Optional<String> lapsedRequirement(LotMembership membership, Map<String, ProviderDocument> latest,
            LocalDate today) {
        return membership.getApplication().getQuestionnaire().questions()
                .filter(q -> q.getAnswerType() == AnswerType.DOCUMENT && q.getDocumentCategory().expires())
                .filter(q -> Optional.ofNullable(latest.get(q.getCode())).map(d -> d.hasExpiredBy(today)).orElse(true))
                .map(Question::getText)
                .findFirst()
                .map(text -> text + " expired; no new requests until a current one is filed.");
    }

    private Map<String, ProviderDocument> latestByRequirement(long organisationId) {
        return documentRecords.ofOrganisation(organisationId).stream().filter(d -> d.getRequirement() != null)
                .collect(Collectors.toMap(ProviderDocument::getRequirement, Function.identity(), (newer, older) -> newer));
    }
}
