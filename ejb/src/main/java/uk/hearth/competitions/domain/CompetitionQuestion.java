package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One question of a competition's published evaluation model. Fixed once made: a draft replaces its questions. */
@Entity
@Table(name = "competition_question")
public class CompetitionQuestion extends CompetitionPart {

    public static final int TEXT_LENGTH = 2000;

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
        super(competition);
        this.sortOrder = sortOrder;
        this.kind = details.kind();
        this.text = details.text().strip();
        this.wordLimit = details.wordLimit();
        this.weight = details.weight();
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
