package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of a competition's published evaluation model. Fixed once made: a draft replaces its questions. */
@Entity
@Table(name = "competition_question")
public class CompetitionQuestion {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competition_id", updatable = false)
    private MiniCompetition competition;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private QuestionKind kind;

    @Column(nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "word_limit", nullable = false, updatable = false)
    private int wordLimit;

    @Column(nullable = false, updatable = false)
    private int weight;

    protected CompetitionQuestion() {
    }

    CompetitionQuestion(MiniCompetition competition, int sortOrder, QuestionDetails details) {
        this.competition = competition;
        this.sortOrder = sortOrder;
        this.kind = details.kind();
        this.text = details.text().strip();
        this.wordLimit = details.wordLimit();
        this.weight = details.weight();
    }

    public Long getId() {
        return id;
    }

    public MiniCompetition getCompetition() {
        return competition;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public int getWordLimit() {
        return wordLimit;
    }

    public int getWeight() {
        return weight;
    }
}
