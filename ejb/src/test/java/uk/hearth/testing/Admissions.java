package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.hearth.onboarding.application.ApplicationEvaluation;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.AnswerInput;
import uk.hearth.onboarding.domain.AnswerType;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.Question;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.onboarding.domain.SectionOutcome;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.shared.time.HearthClock;

/**
 * Takes a provider through the fostering lot's admission the way the pages do, for tests about what comes after:
 * a home added, every question answered, a PDF for every document question, submitted, every section passed by a
 * commissioner, admitted. {@code provider} is the role caller of the provider user who applies. Without a
 * transaction of its own, so every step is committed as on the pages.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Admissions {

    @Inject
    private LotApplications applications;

    @Inject
    private ApplicationEvaluation evaluation;

    @Inject
    private ProviderHomes homes;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private HearthClock clock;

    @Inject
    private AsCommissioner asCommissioner;

    /** Submitted now, offering a new fostering home; every certificate runs a year. */
    public LotApplication submitted(RoleCaller provider) throws Exception {
        return submitted(provider, Samples.fosteringHome(organisations.unusedOfstedUrn()), Map.of());
    }

    /**
     * Submitted now, offering a new home made from {@code home}; certificates expire on the dates {@code expiries}
     * gives by question code, the others in a year.
     */
    public LotApplication submitted(RoleCaller provider, HomeDetails home, Map<String, LocalDate> expiries)
            throws Exception {
        LotApplication draft = provider.call(() -> applications.start(Samples.FOSTERING));
        Home offered = provider.call(() -> homes.addHome(home));
        LotApplication answered = provider.call(() -> applications.saveDraft(draft.getId(), draft.getVersion(),
                typedAnswers(draft), Set.of(offered.getId())));
        LotApplication complete = attachDocuments(provider, answered, expiries);
        return provider.call(() -> applications.submit(complete.getId(), complete.getVersion()));
    }

    /** Admitted now, offering a new fostering home; every certificate runs a year. */
    public LotMembership admitted(RoleCaller provider) throws Exception {
        return admitted(provider, Samples.fosteringHome(organisations.unusedOfstedUrn()), Map.of());
    }

    /** As {@link #submitted(RoleCaller, HomeDetails, Map)}, then admitted now; the provider's fostering membership. */
    public LotMembership admitted(RoleCaller provider, HomeDetails home, Map<String, LocalDate> expiries)
            throws Exception {
        LotApplication evaluated = submitted(provider, home, expiries);
        for (QuestionnaireSection section : evaluated.getQuestionnaire().getSections()) {
            LotApplication before = evaluated;
            evaluated = asCommissioner.call(() -> evaluation.evaluateSection(before.getId(), before.getVersion(),
                    section.getId(), SectionOutcome.PASS, null));
        }
        LotApplication passed = evaluated;
        asCommissioner.call(() -> evaluation.admit(passed.getId(), passed.getVersion()));
        return provider.call(applications::myMemberships).stream()
                .filter(m -> m.getLot().getId() == Samples.FOSTERING).findFirst().orElseThrow();
    }

    /** An answer to every question typed into the form: no exclusion ground applies, and all cover runs a year. */
    public Map<Long, AnswerInput> typedAnswers(LotApplication application) {
        LocalDate coverEnds = clock.today().plusYears(1);
        return application.getQuestionnaire().questions()
                .filter(q -> q.getAnswerType() != AnswerType.DOCUMENT && q.getAnswerType() != AnswerType.HOMES)
                .collect(Collectors.toMap(Question::getId, q -> switch (q.getAnswerType()) {
                    case YES_NO_EXPLAIN -> new AnswerInput(null, false, null, null);
                    case YES_NO -> new AnswerInput(null, true, null, null);
                    case TEXT -> new AnswerInput("Answer to " + q.getCode(), null, null, null);
                    case AMOUNT -> new AnswerInput(null, null, new BigDecimal("5000000.00"), null);
                    case DATE -> new AnswerInput(null, null, null, coverEnds);
                    default -> throw new IllegalArgumentException(q.getAnswerType() + " is not typed in");
                }, (a, b) -> a, HashMap::new));
    }

    /**
     * Uploads a PDF named after the question for every document question; certificates expire on the date
     * {@code expiries} gives for the question's code, or in a year.
     */
    public LotApplication attachDocuments(RoleCaller provider, LotApplication application,
            Map<String, LocalDate> expiries) throws Exception {
        LocalDate coverEnds = clock.today().plusYears(1);
        LotApplication attached = application;
        for (Question question : application.getQuestionnaire().questions()
                .filter(q -> q.getAnswerType() == AnswerType.DOCUMENT).toList()) {
            LocalDate expiresOn = question.getDocumentCategory().expires()
                    ? expiries.getOrDefault(question.getCode(), coverEnds)
                    : null;
            attached = provider.call(() -> applications.attach(application.getId(), question.getId(),
                    question.getCode() + ".pdf", Samples.pdf(question.getCode() + " " + Samples.unique()), expiresOn));
        }
        return attached;
    }
}
