package uk.hearth.onboarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.hearth.onboarding.domain.Questionnaire;
import uk.hearth.onboarding.domain.QuestionnaireRepository;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class JpaQuestionnaireRepository extends JpaRepository<Questionnaire> implements QuestionnaireRepository {

    public JpaQuestionnaireRepository() {
        super(Questionnaire.class, "The questionnaire");
    }

    @Override
    public Optional<Questionnaire> findLatestForLot(long lotId) {
        return first(Questionnaire.LATEST_FOR_LOT, "lotId", lotId);
    }

    @Override
    public QuestionnaireSection getSection(long sectionId) {
        return Optional.ofNullable(em.find(QuestionnaireSection.class, sectionId))
                .orElseThrow(() -> new RecordNotFoundException("The section"));
    }
}
