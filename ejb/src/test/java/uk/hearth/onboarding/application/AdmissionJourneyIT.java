package uk.hearth.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.onboarding.domain.AnswerInput;
import uk.hearth.onboarding.domain.ApplicationStatus;
import uk.hearth.onboarding.domain.Clarification;
import uk.hearth.onboarding.domain.IncompleteApplicationException;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.onboarding.domain.Question;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.onboarding.domain.SectionEvaluation;
import uk.hearth.onboarding.domain.SectionOutcome;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.shared.time.WorkingDayCalendar;
import uk.hearth.testing.Admissions;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PdfText;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;

/**
 * A provider joins the fostering lot: one application per lot, submitted only when complete, decided by a
 * commissioner within 10 working days (once extendable to 15), admitted only when every section has passed.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class AdmissionJourneyIT {

    private static final String FOSTERING_NAME = "Fostering (independent fostering agencies)";
    private static final String PROVIDER = RoleCaller.username(Roles.PROVIDER);
    private static final String COMMISSIONER = RoleCaller.username(Roles.COMMISSIONER);

    // Thursday 17 December 2026, 10:00 in London: the ten working days run over Christmas and New Year.
    private static final Instant BEFORE_CHRISTMAS = Instant.parse("2026-12-17T10:00:00Z");
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 12, 17);
    private static final Instant AFTER_NEW_YEAR = Instant.parse("2027-01-04T09:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private LotApplications applications;

    @Inject
    private ApplicationEvaluation evaluation;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Admissions admissions;

    @Inject
    private RawDatabase database;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    private Organisation provider;
    private Organisation council;

    @BeforeEach
    void newOrganisations() {
        provider = organisations.provider("Brook Fostering", PROVIDER);
        organisations.provider("Other Fostering", AsOtherProvider.USERNAME);
        council = organisations.council(COMMISSIONER);
    }

    @Test
    void anOrganisationHasOneApplicationPerLot() throws Exception {
        LotApplication first = asProvider.call(() -> applications.start(Samples.FOSTERING));
        assertEquals(ApplicationStatus.DRAFT, first.getStatus());
        assertEquals(Samples.FOSTERING, first.getLot().getId());
        assertEquals(provider.getId(), first.getOrganisation().getId());

        BusinessException refused = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> applications.start(Samples.FOSTERING)));
        assertEquals("Your organisation already has an application for this lot: carry on with that one.",
                refused.getMessage());
        assertEquals(List.of(first.getId()), ids(asProvider.call(applications::myApplications)));

        // Another organisation applies to the same lot on its own account.
        LotApplication others = asOtherProvider.call(() -> applications.start(Samples.FOSTERING));
        assertNotEquals(first.getId(), others.getId());
        assertEquals(List.of(others.getId()), ids(asOtherProvider.call(applications::myApplications)));
    }

    @Test
    void anIncompleteApplicationIsNotSubmitted() throws Exception {
        LotApplication draft = asProvider.call(() -> applications.start(Samples.FOSTERING));
        Map<Long, AnswerInput> answers = admissions.typedAnswers(draft);
        answers.remove(question(draft, "safeguarding-lead").getId());
        // "Yes" to an exclusion ground needs the explanation too.
        answers.put(question(draft, "mandatory-exclusion").getId(), new AnswerInput("  ", true, null, null));
        LotApplication saved = admissions.attachDocuments(asProvider, saveDraft(draft, answers, Set.of()), Map.of());

        IncompleteApplicationException refused = assertThrows(IncompleteApplicationException.class,
                () -> asProvider.call(() -> applications.submit(saved.getId(), saved.getVersion())));
        assertEquals(List.of(
                "Exclusion grounds: Has the organisation, or any of its directors or managers, been convicted of an "
                        + "offence that is a mandatory exclusion ground (for example fraud, corruption, bribery, "
                        + "terrorism, modern slavery or offences against children)?",
                "Safeguarding: Name and role of your designated safeguarding lead",
                "Ofsted registration: Which of your Ofsted-registered homes or settings do you offer under this lot?"),
                refused.getMissing());
        assertTrue(refused.getMessage().contains("3 questions"), refused.getMessage());

        LotApplication unchanged = asProvider.call(() -> applications.myApplication(saved.getId()));
        assertEquals(ApplicationStatus.DRAFT, unchanged.getStatus());
        assertNull(unchanged.getSubmittedAt());
        assertNull(unchanged.getDecisionDueOn());
    }

    @Test
    void aCompleteApplicationIsDueForDecisionTenWorkingDaysAfterSubmission() throws Exception {
        clock.fixAt(BEFORE_CHRISTMAS);
        LotApplication submitted = admissions.submitted(asProvider);

        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
        assertEquals(BEFORE_CHRISTMAS, submitted.getSubmittedAt());
        assertEquals(WorkingDayCalendar.plusWorkingDays(SUBMITTED_ON, 10), submitted.getDecisionDueOn());
        // Counted by hand: Christmas Day, Boxing Day's substitute (28th) and New Year's Day are not working days.
        assertEquals(LocalDate.of(2027, 1, 5), submitted.getDecisionDueOn());
        assertEquals(Optional.of(10), submitted.workingDaysLeft(SUBMITTED_ON));
        long id = submitted.getId();
        assertTrue(ids(asCommissioner.call(evaluation::queue)).contains(id));
    }

    @Test
    void answersNoLongerChangeOnceSubmitted() throws Exception {
        LotApplication submitted = admissions.submitted(asProvider);
        long id = submitted.getId();
        Question lead = question(submitted, "safeguarding-lead");
        Question accounts = question(submitted, "accounts");
        String documentRows = "select count(*) from provider_document where organisation_id = ?1";
        long documentsBefore = database.count(documentRows, provider.getId());

        assertThrows(WrongStateException.class, () -> asProvider.call(() -> applications.saveDraft(
                id, submitted.getVersion(), Map.of(lead.getId(), new AnswerInput("Someone else", null, null, null)), Set.of())));
        assertThrows(WrongStateException.class, () -> asProvider.call(() -> applications.attach(
                id, accounts.getId(), "newer-accounts.pdf", Samples.pdf("Newer accounts"), null)));

        LotApplication stored = asProvider.call(() -> applications.myApplication(id));
        assertEquals(ApplicationStatus.SUBMITTED, stored.getStatus());
        // Each load is a graph of its own, so the questions come from this one.
        assertEquals("Answer to safeguarding-lead",
                stored.answerFor(question(stored, "safeguarding-lead")).orElseThrow().getText());
        assertEquals("accounts.pdf", stored.answerFor(question(stored, "accounts")).orElseThrow().getDocument().getFile().fileName());
        assertFalse(stored.getOfferedHomes().isEmpty());
        assertEquals(documentsBefore, database.count(documentRows, provider.getId()));
    }

    @Test
    void aCommissionerAdmitsOnlyWhenEverySectionHasPassedAndTheProviderGetsALetter() throws Exception {
        clock.fixAt(BEFORE_CHRISTMAS);
        LotApplication submitted = admissions.submitted(asProvider);
        clock.fixAt(AFTER_NEW_YEAR);
        long id = submitted.getId();
        long version = submitted.getVersion();
        List<QuestionnaireSection> sections = submitted.getQuestionnaire().getSections();
        long firstSection = sections.get(0).getId();

        assertThrows(EJBAccessException.class, () -> asProvider.call(
                () -> evaluation.evaluateSection(id, version, firstSection, SectionOutcome.PASS, null)));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> evaluation.admit(id, version)));

        WrongStateException unevaluated = assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> evaluation.admit(id, version)));
        assertTrue(unevaluated.getMessage().contains("Exclusion grounds (not evaluated)"), unevaluated.getMessage());
        assertEquals(ApplicationStatus.SUBMITTED, statusOf(id));

        BusinessException unexplained = assertThrows(BusinessException.class, () -> asCommissioner.call(
                () -> evaluation.evaluateSection(id, version, firstSection, SectionOutcome.FAIL, "  ")));
        assertEquals(Optional.of("comment"), unexplained.field());
        assertTrue(asCommissioner.call(() -> evaluation.application(id)).getEvaluations().isEmpty());

        // Every section passes but the last.
        LotApplication evaluated = submitted;
        for (QuestionnaireSection section : sections.subList(0, sections.size() - 1)) {
            evaluated = evaluate(evaluated, section, SectionOutcome.PASS, null);
        }
        QuestionnaireSection references = sections.get(sections.size() - 1);
        LotApplication oneFailed = evaluate(evaluated, references, SectionOutcome.FAIL, "Neither referee is a council.");
        WrongStateException failed = assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> evaluation.admit(id, oneFailed.getVersion())));
        assertTrue(failed.getMessage().contains("References (failed)"), failed.getMessage());
        assertEquals(ApplicationStatus.SUBMITTED, statusOf(id));

        LotApplication allPassed = evaluate(oneFailed, references, SectionOutcome.PASS, "Council references received.");
        LotApplication admitted = asCommissioner.call(() -> evaluation.admit(id, allPassed.getVersion()));
        assertEquals(ApplicationStatus.ADMITTED, admitted.getStatus());
        assertEquals(COMMISSIONER, admitted.getDecided().username());
        assertEquals(AFTER_NEW_YEAR, admitted.getDecided().at());
        assertFalse(ids(asCommissioner.call(evaluation::queue)).contains(id));

        List<LotMembership> memberships = asProvider.call(applications::myMemberships);
        assertEquals(1, memberships.size());
        LotMembership membership = memberships.get(0);
        assertEquals(Samples.FOSTERING, membership.getLot().getId());
        assertEquals(MembershipStatus.ADMITTED, membership.getStatus());
        assertEquals(LocalDate.of(2027, 1, 4), membership.getAdmittedOn());

        long letterId = membership.getAdmissionLetter().getId();
        DocumentDownload letter = asProvider.call(() -> documents.download(letterId));
        assertEquals("application/pdf", letter.mediaType());
        assertTrue(letter.fileName().startsWith("admission-letter-ADM-2027-"), letter.fileName());
        String text = PdfText.of(letter.content());
        assertTrue(text.contains(provider.getLegalName()), text);
        assertTrue(text.contains("admits " + provider.getLegalName() + " to the lot ‘" + FOSTERING_NAME
                + "’ from 4 January 2027."), text);
        assertTrue(text.contains("for " + council.getLegalName()), text);

        // Another provider learns nothing, not even that the letter or the application exists.
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> documents.download(letterId)));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> applications.myApplication(id)));
        assertTrue(asOtherProvider.call(applications::myMemberships).isEmpty());
    }

    @Test
    void aClarificationWaitsForTheProvidersAnswer() throws Exception {
        LotApplication submitted = admissions.submitted(asProvider);
        long id = submitted.getId();

        LotApplication asked = asCommissioner.call(() -> evaluation.askClarification(id, submitted.getVersion(),
                "Which councils have you placed children for in the last three years?"));
        assertEquals(ApplicationStatus.CLARIFICATION_REQUESTED, asked.getStatus());
        assertEquals(ApplicationStatus.CLARIFICATION_REQUESTED,
                asProvider.call(() -> applications.myApplication(id)).getStatus());
        Clarification question = asked.getClarifications().get(0);
        assertEquals(COMMISSIONER, question.getAsked().username());
        assertFalse(question.hasAnswer());

        String reply = "Leicester City, Rutland and Nottinghamshire.";
        assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> applications.answerClarification(id, question.getId(), reply)));
        LotApplication answered = asProvider.call(() -> applications.answerClarification(id, question.getId(), reply));

        assertEquals(ApplicationStatus.SUBMITTED, answered.getStatus());
        Clarification closed = answered.getClarifications().get(0);
        assertEquals(reply, closed.getAnswer());
        assertEquals(PROVIDER, closed.getAnswered().username());
        // Asking does not stop the admission clock.
        assertEquals(submitted.getDecisionDueOn(), answered.getDecisionDueOn());
    }

    @Test
    void theDecisionDeadlineIsExtendedOnceToFifteenWorkingDays() throws Exception {
        clock.fixAt(BEFORE_CHRISTMAS);
        LotApplication submitted = admissions.submitted(asProvider);
        long id = submitted.getId();

        LotApplication extended = asCommissioner.call(() -> evaluation.extendDecisionDeadline(id, submitted.getVersion(),
                "Waiting for the Ofsted inspection report of the agency's office."));
        assertEquals(WorkingDayCalendar.plusWorkingDays(SUBMITTED_ON, 15), extended.getDecisionDueOn());
        assertEquals(LocalDate.of(2027, 1, 12), extended.getDecisionDueOn());
        assertEquals("Waiting for the Ofsted inspection report of the agency's office.", extended.getExtensionReason());

        assertThrows(WrongStateException.class, () -> asCommissioner.call(
                () -> evaluation.extendDecisionDeadline(id, extended.getVersion(), "Still waiting.")));
        assertEquals(LocalDate.of(2027, 1, 12), asCommissioner.call(() -> evaluation.application(id)).getDecisionDueOn());
    }

    @Test
    void aRejectionGivesReasonsAndTheProviderMayApplyAgain() throws Exception {
        LotApplication submitted = admissions.submitted(asProvider);
        long id = submitted.getId();

        EJBException blank = assertThrowsExactly(EJBException.class,
                () -> asCommissioner.call(() -> evaluation.reject(id, submitted.getVersion(), " ")));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, blank.getCause());
        assertEquals(List.of("Give the reasons: the provider is told them."),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());
        assertEquals(ApplicationStatus.SUBMITTED, statusOf(id));
        // While the application awaits its decision, it is the only one for the lot.
        assertThrows(BusinessException.class, () -> asProvider.call(() -> applications.start(Samples.FOSTERING)));

        String reasons = "The safeguarding policy does not name a designated lead.";
        LotApplication rejected = asCommissioner.call(() -> evaluation.reject(id, submitted.getVersion(), reasons));
        assertEquals(ApplicationStatus.REJECTED, rejected.getStatus());
        assertEquals(reasons, asProvider.call(() -> applications.myApplication(id)).getDecisionReasons());
        assertTrue(asProvider.call(applications::myMemberships).isEmpty());

        LotApplication again = asProvider.call(() -> applications.start(Samples.FOSTERING));
        assertEquals(ApplicationStatus.DRAFT, again.getStatus());
        assertEquals(Set.of(id, again.getId()), Set.copyOf(ids(asProvider.call(applications::myApplications))));
    }

    @Test
    void anEvaluationBasedOnAStaleVersionIsRefused() throws Exception {
        LotApplication submitted = admissions.submitted(asProvider);
        long id = submitted.getId();
        List<QuestionnaireSection> sections = submitted.getQuestionnaire().getSections();
        QuestionnaireSection exclusion = sections.get(0);
        QuestionnaireSection insurance = sections.get(1);

        LotApplication first = evaluate(submitted, exclusion, SectionOutcome.PASS, null);
        assertNotEquals(submitted.getVersion(), first.getVersion());
        // A second commissioner, still looking at the application as submitted.
        assertThrows(ConcurrentChangeException.class,
                () -> evaluate(submitted, insurance, SectionOutcome.FAIL, "No public liability certificate."));

        // Changing an evaluation already made is a change too.
        LotApplication changed = evaluate(first, exclusion, SectionOutcome.FAIL, "A director was disqualified in 2024.");
        assertNotEquals(first.getVersion(), changed.getVersion());
        assertThrows(ConcurrentChangeException.class, () -> evaluate(first, exclusion, SectionOutcome.PASS, null));

        List<SectionEvaluation> stored = asCommissioner.call(() -> evaluation.application(id)).getEvaluations();
        assertEquals(1, stored.size());
        assertEquals(exclusion.getId(), stored.get(0).getSection().getId());
        assertEquals(SectionOutcome.FAIL, stored.get(0).getOutcome());
        assertEquals(COMMISSIONER, stored.get(0).getEvaluated().username());
    }

    private LotApplication saveDraft(LotApplication draft, Map<Long, AnswerInput> answers, Set<Long> homeIds)
            throws Exception {
        return asProvider.call(() -> applications.saveDraft(draft.getId(), draft.getVersion(), answers, homeIds));
    }

    private LotApplication evaluate(LotApplication application, QuestionnaireSection section, SectionOutcome outcome,
            String comment) throws Exception {
        return asCommissioner.call(() -> evaluation.evaluateSection(application.getId(), application.getVersion(),
                section.getId(), outcome, comment));
    }

    private ApplicationStatus statusOf(long applicationId) throws Exception {
        return asCommissioner.call(() -> evaluation.application(applicationId)).getStatus();
    }

    private static Question question(LotApplication application, String code) {
        return application.getQuestionnaire().questions().filter(q -> q.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<LotApplication> list) {
        return list.stream().map(LotApplication::getId).toList();
    }
}
