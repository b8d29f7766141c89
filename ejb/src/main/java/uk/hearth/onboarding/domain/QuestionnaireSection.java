package uk.hearth.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import uk.hearth.shared.Lengths;

/** A part of the questionnaire that the council evaluates as a whole: pass or fail, with a comment. */
@Entity
@Table(name = "questionnaire_section")
@NamedQuery(name = QuestionnaireSection.OF_QUESTIONNAIRE_WITH_QUESTIONS,
        query = "select distinct s from QuestionnaireSection s left join fetch s.questions"
                + " where s.questionnaire.id = :questionnaireId")
public class QuestionnaireSection {

    public static final String OF_QUESTIONNAIRE_WITH_QUESTIONS = "QuestionnaireSection.ofQuestionnaireWithQuestions";

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = Lengths.NAME)
    private String title;

    @Column(length = 1000)
    private String guidance;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "section")
    @OrderBy("sortOrder")
    private List<Question> questions;

    protected QuestionnaireSection() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getGuidance() {
        return guidance;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }
}
