package uk.hearth.web.onboarding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.onboarding.domain.Answer;
import uk.hearth.onboarding.domain.AnswerInput;

/** The editable fields of one answer on the questionnaire page. */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Boolean yesNo;
    private BigDecimal amount;
    private LocalDate date;

    static AnswerForm of(Answer answer) {
        AnswerForm form = new AnswerForm();
        if (answer != null) {
            form.text = answer.getText();
            form.yesNo = answer.getYesNo();
            form.amount = answer.getAmount();
            form.date = answer.getDate();
        }
        return form;
    }

    AnswerInput toInput() {
        return new AnswerInput(text, yesNo, amount, date);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getYesNo() {
        return yesNo;
    }

    public void setYesNo(Boolean yesNo) {
        this.yesNo = yesNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
