package uk.hearth.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.organisations.domain.ProviderDocument;

/** A provider's answer to one question of its application. */
@Entity
@Table(name = "application_answer")
public class Answer {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private LotApplication application;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "text_value", length = TEXT_LENGTH)
    private String text;

    @Column(name = "yes_no")
    private Boolean yesNo;

    @Column(precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "date_value")
    private LocalDate date;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private ProviderDocument document;

    protected Answer() {
    }

    Answer(LotApplication application, Question question) {
        this.application = application;
        this.question = question;
    }

    void record(AnswerInput input) {
        String typed = input.text() == null ? null : input.text().strip();
        this.text = typed == null || typed.isEmpty() ? null : typed;
        this.yesNo = input.yesNo();
        this.amount = input.amount();
        this.date = input.date();
    }

    void attach(ProviderDocument document) {
        this.document = document;
    }

    /** Whether the answer is complete for its type; exclusion answers of "yes" need their explanation. */
    public boolean isComplete() {
        return switch (question.getAnswerType()) {
            case YES_NO -> yesNo != null;
            case YES_NO_EXPLAIN -> yesNo != null && (!yesNo || text != null);
            case TEXT -> text != null;
            case AMOUNT -> amount != null && amount.signum() >= 0;
            case DATE -> date != null;
            case DOCUMENT -> document != null;
            case HOMES -> !application.getOfferedHomes().isEmpty();
        };
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public Boolean getYesNo() {
        return yesNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDate() {
        return date;
    }

    public ProviderDocument getDocument() {
        return document;
    }
}
