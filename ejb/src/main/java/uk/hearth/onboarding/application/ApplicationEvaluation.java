package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotApplicationRepository;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.onboarding.domain.QuestionnaireRepository;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.onboarding.domain.SectionOutcome;
import uk.hearth.organisations.application.CallerProfile;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The council's side of admission: the queue of applications with their admission clock, pass or fail per
 * section, clarifications, one extension with a reason, and the decision. Admitting creates the lot membership
 * and files an admission letter for the provider.
 */
@Stateless
public class ApplicationEvaluation {

    @Inject
    private LotApplicationRepository applications;

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private QuestionnaireRepository questionnaires;

    @Inject
    private CallerProfiles callers;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private AdmissionLetterRenderer letters;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private HearthClock clock;

    /** Applications awaiting a decision, the soonest due first. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    public List<LotApplication> queue() {
        return applications.awaitingDecision();
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public LotApplication application(long applicationId) {
        return applications.getWhole(applicationId);
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public LotApplication evaluateSection(long applicationId, long versionSeen, long sectionId,
            @NotNull(message = "Choose pass or fail.") SectionOutcome outcome,
            @Size(max = Lengths.REASON, message = "The comment must be 2,000 characters or fewer.") String comment) {
        LotApplication application = current(applicationId, versionSeen);
        QuestionnaireSection section = questionnaires.getSection(sectionId);
        application.evaluate(section, outcome, comment, callers.act());
        applications.countAsChanged(application);
        audit.record("application.section-evaluated", "LotApplication", application.getId(), section.getTitle() + ": "
                + outcome.label() + (comment == null || comment.isBlank() ? "" : " — " + comment.strip()));
        return saved(application);
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public LotApplication askClarification(long applicationId, long versionSeen,
            @NotBlank(message = "Write the question for the provider.")
            @Size(max = Lengths.REASON, message = "The question must be 2,000 characters or fewer.") String question) {
        LotApplication application = current(applicationId, versionSeen);
        application.askClarification(question, callers.act());
        audit.record("application.clarification-asked", "LotApplication", application.getId(), "Clarification asked: " + question.strip());
        notices.tell(application.getOrganisation(), "a question about your application to " + application.getLot().getName(),
                "The council has a question about your application to join " + application.getLot().getName() + ":\n\n"
                        + question.strip() + "\n\nPlease answer it on the application's page in Hearth.");
        return saved(application);
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public LotApplication extendDecisionDeadline(long applicationId, long versionSeen,
            @NotBlank(message = "Record why the decision needs more time.")
            @Size(max = Lengths.TEXT, message = "The reason must be 4,000 characters or fewer.") String reason) {
        LotApplication application = current(applicationId, versionSeen);
        LocalDate before = application.getDecisionDueOn();
        application.extendDecisionDeadline(reason);
        audit.record("application.deadline-extended", "LotApplication", application.getId(), "Decision deadline extended from "
                + before + " to " + application.getDecisionDueOn() + ": " + reason.strip());
        return saved(application);
    }

    /** Admits the provider to the lot: every section must have passed (the application refuses otherwise). */
    @RolesAllowed(Roles.COMMISSIONER)
    public LotApplication admit(long applicationId, long versionSeen) {
        LotApplication application = current(applicationId, versionSeen);
        CallerProfile commissioner = callers.current();
        application.admit(callers.act());

        Optional<LotMembership> existing = memberships.findForLot(application.getOrganisation().getId(),
                application.getLot().getId());
        if (existing.isPresent()) {
            throw new WrongStateException("The provider already has a place on this lot ("
                    + existing.get().getStatus().label().toLowerCase() + ").");
        }
        LotMembership membership = new LotMembership(application, clock.today(), clock.now());
        memberships.add(membership);

        String reference = memberships.nextReference(Year.from(clock.today()));
        byte[] pdf = letters.render(new AdmissionLetter(reference,
                commissioner.organisationName().orElse("The council"),
                application.getOrganisation().getLegalName(), application.getOrganisation().getTradingName(),
                application.getOrganisation().getRegisteredAddress(), application.getLot().getName(), clock.today(),
                List.of(), commissioner.username(), DynamicPurchasingSystem.NAME));
        ProviderDocument letter = documents.fileGenerated(application.getOrganisation(), DocumentCategory.ADMISSION_LETTER,
                "admission-letter-" + reference + ".pdf", pdf);
        membership.fileLetter(letter);

        audit.record("application.admitted", "LotApplication", application.getId(), application.getOrganisation().getLegalName()
                + " admitted to " + application.getLot().getName() + "; letter " + reference);
        notices.tell(application.getOrganisation(), "admitted to " + application.getLot().getName(),
                "Your organisation is admitted to " + application.getLot().getName() + " from " + clock.today()
                        + ". From now on it receives the placement requests and mini-competition invitations for this lot."
                        + "\n\nYour admission letter (reference " + reference + ") is attached and kept in Hearth.",
                Notification.Attachment.of(letter.getFile(), pdf));
        return saved(application);
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public LotApplication reject(long applicationId, long versionSeen,
            @NotBlank(message = "Give the reasons: the provider is told them.")
            @Size(max = Lengths.TEXT, message = "The reasons must be 4,000 characters or fewer.") String reasons) {
        LotApplication application = current(applicationId, versionSeen);
        application.reject(reasons, callers.act());
        audit.record("application.rejected", "LotApplication", application.getId(), application.getOrganisation().getLegalName()
                + " not admitted to " + application.getLot().getName() + ": " + reasons.strip());
        notices.tell(application.getOrganisation(), "decision on your application to " + application.getLot().getName(),
                "The council has decided not to admit your organisation to " + application.getLot().getName()
                        + " at this time, for these reasons:\n\n" + reasons.strip()
                        + "\n\nThe dynamic purchasing system stays open: you may apply again at any time.");
        return saved(application);
    }

    private LotApplication current(long applicationId, long versionSeen) {
        return applications.getForChange(applications.getWhole(applicationId).getId(), versionSeen);
    }

    private LotApplication saved(LotApplication application) {
        applications.checkCurrent(application);
        return applications.getWhole(application.getId());
    }
}
