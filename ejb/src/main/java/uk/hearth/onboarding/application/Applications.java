package uk.hearth.onboarding.application;

import jakarta.persistence.EntityManager;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.QuestionnaireSection;

/** Loading an application with everything a page shows, before the transaction ends and lazy loading stops. */
final class Applications {

    private Applications() {
    }

    static LotApplication loadWhole(EntityManager em, long applicationId) {
        LotApplication application = em.find(LotApplication.class, applicationId);
        if (application == null) {
            return null;
        }
        application.getOrganisation().getDisplayName();
        application.getLot().getName();
        for (QuestionnaireSection section : application.getQuestionnaire().getSections()) {
            section.getQuestions().size();
        }
        application.getAnswers().forEach(a -> {
            if (a.getDocument() != null) {
                a.getDocument().getFile().fileName();
            }
        });
        application.getOfferedHomes().forEach(h -> h.getLot().getId());
        application.getEvaluations().size();
        application.getClarifications().size();
        return application;
    }
}
