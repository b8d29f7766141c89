package uk.hearth.web.competitions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.domain.BlockContract;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.ContractUnit;
import uk.hearth.competitions.domain.QuestionDetails;
import uk.hearth.competitions.domain.QuestionKind;
import uk.hearth.competitions.domain.StandstillMode;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * commissioner/competition-new.xhtml: a mini-competition drafted with its contract, evaluation model, deadlines
 * and panel. Nothing is sent until the commissioner publishes the draft from its own page.
 */
@Named
@ViewScoped
public class CompetitionFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private LotCatalogue lotCatalogue;

    @Inject
    private HearthClock clock;

    private List<Lot> lots;
    private String title;
    private Long lotId;
    private String description;
    private ContractUnit unit = ContractUnit.BEDS;
    private int quantity = 1;
    private int termMonths = 24;
    private Integer extensionMonths;
    private BigDecimal estimatedValue;
    private int priceWeight = 40;
    private PriceScoring priceScoring = PriceScoring.DEFAULT;
    private List<QuestionRow> questions = new ArrayList<>();
    private LocalDateTime clarificationDeadline;
    private LocalDateTime tenderDeadline;
    private String shortPeriodReason;
    private StandstillMode standstillMode = StandstillMode.DEFAULT;
    private String panel;

    /** One row of the evaluation model as typed; pass/fail rows carry no weight. */
    public static class QuestionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private QuestionKind kind;
        private String text;
        private int wordLimit;
        private int weight;

        QuestionRow(QuestionKind kind, String text, int wordLimit, int weight) {
            this.kind = kind;
            this.text = text;
            this.wordLimit = wordLimit;
            this.weight = weight;
        }

        QuestionDetails details() {
            return new QuestionDetails(kind, text, wordLimit, kind == QuestionKind.PASS_FAIL ? 0 : weight);
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public int getWordLimit() {
            return wordLimit;
        }

        public void setWordLimit(int wordLimit) {
            this.wordLimit = wordLimit;
        }

        public int getWeight() {
            return weight;
        }

        public void setWeight(int weight) {
            this.weight = weight;
        }
    }

    /** Starts from the usual shape: a pass/fail safeguarding question and two quality questions. */
    public void load() {
        lots = lotCatalogue.allLots();
        if (questions.isEmpty()) {
            questions.add(new QuestionRow(QuestionKind.PASS_FAIL,
                    "Do you hold a current Ofsted registration for every home you would use?", 50, 0));
            questions.add(new QuestionRow(QuestionKind.QUALITY,
                    "How will you meet the children's needs and keep them safe?", 750, 40));
            questions.add(new QuestionRow(QuestionKind.QUALITY,
                    "How will you work with the council, schools and health services?", 500, 20));
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), HearthClock.LONDON).withSecond(0).withNano(0);
            clarificationDeadline = now.plusDays(7).withHour(12).withMinute(0);
            tenderDeadline = now.plusDays(14).withHour(12).withMinute(0);
        }
    }

    public void addQuestion() {
        questions.add(new QuestionRow(QuestionKind.QUALITY, "", 500, 10));
    }

    public void removeQuestion(QuestionRow row) {
        questions.remove(row);
    }

    public String save() {
        CompetitionDetails details = new CompetitionDetails(title, lotId, description,
                new BlockContract(unit, quantity, termMonths, extensionMonths, Money.ofNullable(estimatedValue)), priceWeight, priceScoring,
                questions.stream().map(QuestionRow::details).toList(),
                clarificationDeadline == null ? null : clarificationDeadline.atZone(HearthClock.LONDON).toInstant(),
                tenderDeadline == null ? null : tenderDeadline.atZone(HearthClock.LONDON).toInstant(),
                shortPeriodReason, standstillMode,
                panel == null ? List.of() : Arrays.stream(panel.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        return ServiceCalls.attempt(() -> competitions.draft(details)).map(draft -> {
            FacesMessages.info("The draft " + draft.getReference() + " is saved. Check it, then publish it to invite providers.");
            return "/commissioner/competition?faces-redirect=true&id=" + draft.getId();
        }).orElse(null);
    }

    public int getQualityWeightTotal() {
        return questions.stream().filter(q -> q.getKind() == QuestionKind.QUALITY).mapToInt(QuestionRow::getWeight).sum();
    }

    public List<Lot> getLots() {
        return lots;
    }

    public ContractUnit[] getUnits() {
        return ContractUnit.values();
    }

    public PriceScoring[] getPriceScorings() {
        return PriceScoring.values();
    }

    public QuestionKind[] getQuestionKinds() {
        return QuestionKind.values();
    }

    public StandstillMode[] getStandstillModes() {
        return StandstillMode.values();
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ContractUnit getUnit() {
        return unit;
    }

    public void setUnit(ContractUnit unit) {
        this.unit = unit;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(int termMonths) {
        this.termMonths = termMonths;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public int getPriceWeight() {
        return priceWeight;
    }

    public void setPriceWeight(int priceWeight) {
        this.priceWeight = priceWeight;
    }

    public PriceScoring getPriceScoring() {
        return priceScoring;
    }

    public void setPriceScoring(PriceScoring priceScoring) {
        this.priceScoring = priceScoring;
    }

    public LocalDateTime getClarificationDeadline() {
        return clarificationDeadline;
    }

    public void setClarificationDeadline(LocalDateTime clarificationDeadline) {
        this.clarificationDeadline = clarificationDeadline;
    }

    public LocalDateTime getTenderDeadline() {
        return tenderDeadline;
    }

    public void setTenderDeadline(LocalDateTime tenderDeadline) {
        this.tenderDeadline = tenderDeadline;
    }

    public String getShortPeriodReason() {
        return shortPeriodReason;
    }

    public void setShortPeriodReason(String shortPeriodReason) {
        this.shortPeriodReason = shortPeriodReason;
    }

    public StandstillMode getStandstillMode() {
        return standstillMode;
    }

    public void setStandstillMode(StandstillMode standstillMode) {
        this.standstillMode = standstillMode;
    }

    public String getPanel() {
        return panel;
    }

    public void setPanel(String panel) {
        this.panel = panel;
    }
}
