package uk.hearth.competitions.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.hearth.competitions.domain.ConflictDeclaration;
import uk.hearth.competitions.domain.EvaluationRepository;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.shared.NotAllowedException;

/** Who may take part in a competition's evaluation and award, for the services that evaluate and award it. */
@Dependent
class EvaluationPanel {

    @Inject
    private CallerProfiles callers;

    @Inject
    private EvaluationRepository evaluations;

    /**
     * The caller, who may take part in the evaluation or award: not someone who declared a conflict, and a panel
     * member only once they have declared none.
     */
    String requireFreeOfConflict(MiniCompetition competition) {
        String me = callers.current().username();
        Optional<ConflictDeclaration> declaration = evaluations.findDeclaration(competition.getId(), me);
        if (declaration.map(ConflictDeclaration::isConflicted).orElse(false)) {
            throw new NotAllowedException("You declared a conflict of interest in " + competition.getReference()
                    + ", so you take no part in its evaluation or award.");
        }
        if (declaration.isEmpty() && competition.getPanel().contains(me)) {
            throw new NotAllowedException("Declare whether you have a conflict of interest in "
                    + competition.getReference() + " before you see or score its bids.");
        }
        return me;
    }

    /** The caller, a panel member who has declared no conflict of interest. */
    String requireEvaluator(MiniCompetition competition) {
        String me = requireFreeOfConflict(competition);
        competition.requireOnPanel(me);
        return me;
    }
}
