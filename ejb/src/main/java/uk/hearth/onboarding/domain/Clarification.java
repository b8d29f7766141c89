package uk.hearth.onboarding.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.hearth.shared.Act;

/** A question the council asks about an application, and the provider's answer in the portal. */
@Entity
@Table(name = "application_clarification")
public class Clarification {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private LotApplication application;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String question;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "asked_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "asked_at", nullable = false))
    private Act asked;

    @Column(length = TEXT_LENGTH)
    private String answer;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "answered_by"))
    @AttributeOverride(name = "at", column = @Column(name = "answered_at"))
    private Act answered;

    protected Clarification() {
    }

    Clarification(LotApplication application, String question, Act asked) {
        this.application = application;
        this.question = question;
        this.asked = asked;
    }

    void answer(String text, Act answered) {
        this.answer = text;
        this.answered = answered;
    }

    public boolean hasAnswer() {
        return answer != null;
    }

    public Long getId() {
        return id;
    }

    public String getQuestion() {
        return question;
    }

    public Act getAsked() {
        return asked;
    }

    public String getAnswer() {
        return answer;
    }

    public Act getAnswered() {
        return answered;
    }
}
