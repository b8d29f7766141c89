package uk.hearth.competitions.application;

import java.util.List;
import uk.hearth.competitions.domain.Clarification;
import uk.hearth.competitions.domain.CompetitionDocument;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.competitions.domain.MiniCompetition;

/**
 * A competition as the council sees it. Of the bids it holds only how many are submitted: their contents come
 * from {@link MiniCompetitions#open}, after the deadline, and nothing here says who has bid.
 */
public record CompetitionOverview(MiniCompetition competition, List<Invitation> invitations,
        List<CompetitionDocument> documents, List<Clarification> clarifications, long submittedBids, boolean sealed) {
}
