package uk.hearth.competitions.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.hearth.competitions.domain.AnswerEvaluation;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidForScoring;
import uk.hearth.competitions.domain.BidRepository;
import uk.hearth.competitions.domain.EvaluationRepository;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.ModeratedScore;
import uk.hearth.competitions.domain.PassFailResult;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.shared.RecordNotFoundException;

/**
 * The bids a competition evaluates (submitted, and still valid at the deadline), as the panel reads them once opened,
 * and their ranking by the published model: what evaluation, award and the exports share.
 */
@Dependent
class EvaluatedBids {

    @Inject
    private BidRepository bids;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private SealedBids sealedBids;

    List<Bid> of(MiniCompetition competition) {
        return bids.submittedIn(competition.getId());
    }

    /** One of them; a bid of another competition, or one not evaluated, is "not found". */
    Bid get(MiniCompetition competition, long bidId) {
        return of(competition).stream().filter(b -> b.getId() == bidId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("The bid"));
    }

    /** With what each says, once the opening is recorded. */
    List<OpenedBid> opened(MiniCompetition competition) {
        return of(competition).stream().map(b -> new OpenedBid(b, sealedBids.readOpened(b))).toList();
    }

    /**
     * Ranked by the published model, ties broken by {@link Scoring#TIE_RULE}.
     *
     * @throws uk.hearth.competitions.domain.EvaluationIncompleteException while a result or moderated score is missing
     */
    Ranking ranking(MiniCompetition competition) {
        long id = competition.getId();
        Map<Long, Map<Long, Boolean>> passFail = byBid(evaluations.passFailResultsOf(id), PassFailResult::isPassed);
        Map<Long, Map<Long, Integer>> moderated = byBid(evaluations.moderatedScoresOf(id), ModeratedScore::getScore);
        return Scoring.rank(competition.evaluationModel(), opened(competition).stream()
                .map(b -> new BidForScoring(b.bid().getId(), b.bid().getOrganisation().getLegalName(),
                        b.contents().price(), passFail.getOrDefault(b.bid().getId(), Map.of()),
                        moderated.getOrDefault(b.bid().getId(), Map.of()), b.bid().getSubmittedAt()))
                .toList());
    }

    /** The judgements' values by bid id, then question id. */
    private static <T extends AnswerEvaluation, V> Map<Long, Map<Long, V>> byBid(List<T> judgements,
            Function<T, V> value) {
        Map<Long, Map<Long, V>> byBid = new HashMap<>();
        judgements.forEach(j -> byBid.computeIfAbsent(j.getBid().getId(), id -> new HashMap<>())
                .put(j.getQuestion().getId(), value.apply(j)));
        return byBid;
    }
}
