package uk.hearth.onboarding.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import uk.hearth.shared.Act;

/** A commissioner's pass or fail on one section of an application, with the reason. */
@Entity
@Table(name = "section_evaluation")
public class SectionEvaluation {

    public static final int COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private LotApplication application;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private QuestionnaireSection section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SectionOutcome outcome;

    @Column(length = COMMENT_LENGTH)
    private String comment;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "evaluated_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "evaluated_at", nullable = false))
    private Act evaluated;

    protected SectionEvaluation() {
    }

    SectionEvaluation(LotApplication application, QuestionnaireSection section) {
        this.application = application;
        this.section = section;
    }

    void record(SectionOutcome outcome, String comment, Act evaluated) {
        this.outcome = outcome;
        this.comment = comment;
        this.evaluated = evaluated;
    }

    public QuestionnaireSection getSection() {
        return section;
    }

    public SectionOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Act getEvaluated() {
        return evaluated;
    }
}
