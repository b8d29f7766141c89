package uk.hearth.competitions.application;

import java.util.List;
import uk.hearth.competitions.domain.ConflictDeclaration;
import uk.hearth.competitions.domain.EvaluatorScore;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.ModeratedScore;
import uk.hearth.competitions.domain.PassFailResult;

/**
 * What the panel moderates from, once every evaluator has scored every answer alone: the valid bids and what they
 * say, who declared what, every evaluator's scores, and the moderated scores and pass/fail results so far.
 */
public record ModerationSheet(MiniCompetition competition, List<OpenedBid> bids,
        List<ConflictDeclaration> declarations, List<EvaluatorScore> evaluatorScores,
        List<ModeratedScore> moderatedScores, List<PassFailResult> passFailResults) {
}
