package uk.hearth.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.hearth.organisations.domain.DocumentCategory;

@Entity
@Table(name = "question")
public class Question {

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private QuestionnaireSection section;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false, length = 20)
    private AnswerType answerType;

    /** For document questions: what the uploaded file is filed as. */
    @Enumerated(EnumType.STRING)
    @Column(name = "document_category", length = 30)
    private DocumentCategory documentCategory;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Question() {
    }

    public Long getId() {
        return id;
    }

    public QuestionnaireSection getSection() {
        return section;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }

    public DocumentCategory getDocumentCategory() {
        return documentCategory;
    }

    public boolean isRequired() {
        return required;
    }
}
