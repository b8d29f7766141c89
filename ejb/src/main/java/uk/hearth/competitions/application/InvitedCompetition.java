package uk.hearth.competitions.application;

import java.util.List;
import uk.hearth.competitions.domain.CompetitionDocument;
import uk.hearth.competitions.domain.MiniCompetition;

/**
 * A competition as one invited provider sees it: the description, evaluation model, specification documents and
 * the published clarifications; never who else was invited or bid.
 */
public record InvitedCompetition(MiniCompetition competition, List<CompetitionDocument> documents,
        List<PublishedClarification> clarifications, boolean openForBids, boolean openForQuestions) {
}
