package uk.hearth.web.competitions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.hearth.competitions.application.CompetitionAward;
import uk.hearth.competitions.application.CompetitionEvaluation;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.application.ModerationSheet;
import uk.hearth.competitions.application.OpenedBid;
import uk.hearth.competitions.domain.CompetitionQuestion;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.EvaluatorScore;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.QuestionKind;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.web.identity.CurrentUser;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * commissioner/evaluation.xhtml: a panel member declares a conflict of interest or none, scores each quality
 * answer alone, then moderates with the panel; the ranking, the award decision, the standstill and the contract.
 * What the page shows follows what the service lets the caller see: each part is asked for, and a refusal
 * (not yet declared, scores still to come) is shown as the reason the part is not there yet.
 */
@Named
@ViewScoped
public class CompetitionEvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetitionEvaluation evaluation;

    @Inject
    private CompetitionAward award;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private MiniCompetition competition;
    private List<OpenedBid> bids;
    private String bidsRefused;
    private Map<String, EvaluatorScore> myScores = new HashMap<>();
    private ModerationSheet sheet;
    private String moderationRefused;
    private Ranking ranking;
    private String rankingRefused;

    private boolean conflicted;
    private String declarationNote;
    /** Typed scores and notes, keyed "bidId:questionId". */
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Boolean> passes = new HashMap<>();
    private LocalDate contractStart;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The competition");
        }
        competition = competitions.overview(id).competition();
        bids = attempt(() -> evaluation.bidsToEvaluate(id), refusal -> bidsRefused = refusal).orElse(List.of());
        myScores = new HashMap<>();
        if (bidsRefused == null) {
            evaluation.myScores(id).forEach(s -> myScores.put(key(s.getBid().getId(), s.getQuestion().getId()), s));
            myScores.forEach((key, score) -> {
                scores.putIfAbsent(key, score.getScore());
                notes.putIfAbsent(key, score.getJustification());
            });
        }
        sheet = attempt(() -> evaluation.moderationSheet(id), refusal -> moderationRefused = refusal).orElse(null);
        ranking = attempt(() -> evaluation.ranking(id), refusal -> rankingRefused = refusal).orElse(null);
    }

    /** A refusal here is information for the page, not an error: the part is not open to the caller yet. */
    private static <T> Optional<T> attempt(java.util.function.Supplier<T> call, java.util.function.Consumer<String> refused) {
        try {
            return Optional.of(call.get());
        } catch (BusinessException e) {
            refused.accept(e.getMessage());
            return Optional.empty();
        }
    }

    public String declare() {
        return ServiceCalls.attempt(() -> evaluation.declare(id, conflicted, declarationNote)).map(declared -> {
            FacesMessages.info(declared.isConflicted() ? "Your conflict is recorded and you are no longer on the panel."
                    : "You have declared no conflict of interest. You can now read and score the bids.");
            return reload();
        }).orElse(null);
    }

    public String score(long bidId, long questionId) {
        String key = key(bidId, questionId);
        return ServiceCalls.attempt(() -> evaluation.score(id, bidId, questionId, scores.getOrDefault(key, -1), notes.get(key)))
                .map(saved -> {
                    FacesMessages.info("Your score is saved. Nobody else on the panel sees it until everyone has scored.");
                    return reload();
                }).orElse(null);
    }

    public String moderate(long bidId, long questionId) {
        String key = key(bidId, questionId);
        return ServiceCalls.attempt(() -> evaluation.moderate(id, bidId, questionId, scores.getOrDefault("m" + key, -1),
                notes.get("m" + key))).map(saved -> {
                    FacesMessages.info("The moderated score is recorded.");
                    return reload();
                }).orElse(null);
    }

    public String recordPassFail(long bidId, long questionId) {
        String key = key(bidId, questionId);
        return ServiceCalls.attempt(() -> evaluation.recordPassFail(id, bidId, questionId,
                Boolean.TRUE.equals(passes.get(key)), notes.get("p" + key))).map(saved -> {
                    FacesMessages.info("The pass/fail result is recorded.");
                    return reload();
                }).orElse(null);
    }

    public String decideAward() {
        return ServiceCalls.attempt(() -> award.decideAward(id, competition.getVersion())).map(decided -> {
            FacesMessages.info("The award is decided. Every bidder has its letter; the standstill ends "
                    + StandstillPeriod.dayInWords(decided.standstill().lastDay()) + ".");
            return reload();
        }).orElse(null);
    }

    public String conclude() {
        return ServiceCalls.attempt(() -> award.concludeContract(id, competition.getVersion(), contractStart)).map(done -> {
            FacesMessages.info("The contract " + done.getContractReference() + " is concluded and sent to the provider.");
            return reload();
        }).orElse(null);
    }

    private String reload() {
        return "/commissioner/evaluation?faces-redirect=true&id=" + id;
    }

    public static String key(long bidId, long questionId) {
        return bidId + ":" + questionId;
    }

    public boolean isQuality(CompetitionQuestion question) {
        return question.getKind() == QuestionKind.QUALITY;
    }

    /** Evaluators' scores for one answer, for moderation. */
    public List<EvaluatorScore> scoresFor(long bidId, long questionId) {
        return sheet.evaluatorScores().stream()
                .filter(s -> s.getBid().getId() == bidId && s.getQuestion().getId() == questionId).toList();
    }

    /** On the panel, bids opened, and not yet allowed to read them: the declaration is what is missing. */
    public boolean isDeclarable() {
        return competition.getStatus() == CompetitionStatus.OPENED && bidsRefused != null
                && competition.getPanel().contains(currentUser.getUsername());
    }

    public boolean isAwardable() {
        return ranking != null && competition.getStatus() == CompetitionStatus.OPENED && ranking.winner().isPresent();
    }

    public boolean isInStandstill() {
        return competition.getStatus() == CompetitionStatus.STANDSTILL;
    }

    public String getStandstillEnds() {
        return competition.getAwardDecided() == null ? null
                : StandstillPeriod.dayInWords(competition.standstill().lastDay());
    }

    /** 0 to 5, as Integers: what the selects convert to, so the chosen value is found among the choices. */
    public List<Integer> getScoreChoices() {
        return List.of(0, 1, 2, 3, 4, 5);
    }

    public String getTieRule() {
        return Scoring.TIE_RULE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MiniCompetition getCompetition() {
        return competition;
    }

    public List<OpenedBid> getBids() {
        return bids;
    }

    public String getBidsRefused() {
        return bidsRefused;
    }

    public Map<String, EvaluatorScore> getMyScores() {
        return myScores;
    }

    public ModerationSheet getSheet() {
        return sheet;
    }

    public String getModerationRefused() {
        return moderationRefused;
    }

    public Ranking getRanking() {
        return ranking;
    }

    public String getRankingRefused() {
        return rankingRefused;
    }

    public boolean isConflicted() {
        return conflicted;
    }

    public void setConflicted(boolean conflicted) {
        this.conflicted = conflicted;
    }

    public String getDeclarationNote() {
        return declarationNote;
    }

    public void setDeclarationNote(String declarationNote) {
        this.declarationNote = declarationNote;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, Boolean> getPasses() {
        return passes;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public void setContractStart(LocalDate contractStart) {
        this.contractStart = contractStart;
    }
}
