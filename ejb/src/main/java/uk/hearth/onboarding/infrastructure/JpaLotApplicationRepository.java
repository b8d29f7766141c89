package uk.hearth.onboarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotApplicationRepository;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaLotApplicationRepository extends JpaVersionedRepository<LotApplication> implements LotApplicationRepository {

    public JpaLotApplicationRepository() {
        super(LotApplication.class, "The application");
    }

    @Override
    public LotApplication getWhole(long applicationId) {
        LotApplication application = firstFetching(LotApplication.WHOLE, LotApplication.BY_ID, "id", applicationId)
                .orElseThrow(this::notFound);
        query(QuestionnaireSection.OF_QUESTIONNAIRE_WITH_QUESTIONS, QuestionnaireSection.class,
                "questionnaireId", application.getQuestionnaire().getId()).getResultList();
        listFetching(LotApplication.WITH_ANSWERS, LotApplication.BY_ID, "id", applicationId);
        for (String plan : List.of(LotApplication.WITH_HOMES, LotApplication.WITH_EVALUATIONS,
                LotApplication.WITH_CLARIFICATIONS)) {
            list(plan, "id", applicationId);
        }
        return application;
    }

    @Override
    public List<LotApplication> ofOrganisation(long organisationId) {
        return list(LotApplication.OF_ORGANISATION, "organisationId", organisationId);
    }

    @Override
    public boolean hasOpenApplication(long organisationId, long lotId) {
        return first(LotApplication.OPEN_FOR_LOT, "organisationId", organisationId, "lotId", lotId).isPresent();
    }

    @Override
    public void countAsChanged(LotApplication application) {
        em.lock(application, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public List<LotApplication> awaitingDecision() {
        return list(LotApplication.AWAITING_DECISION);
    }
}
