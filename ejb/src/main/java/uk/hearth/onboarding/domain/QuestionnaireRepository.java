package uk.hearth.onboarding.domain;

import java.util.Optional;
import uk.hearth.shared.domain.Repository;

/** The selection questionnaires, versioned per lot (reference data). */
public interface QuestionnaireRepository extends Repository<Questionnaire> {

    /** The newest version of the lot's questionnaire. */
    Optional<Questionnaire> findLatestForLot(long lotId);

    /**
     * @throws uk.hearth.shared.RecordNotFoundException if there is no such section
     */
    QuestionnaireSection getSection(long sectionId);
}
