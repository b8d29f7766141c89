package uk.hearth.web.uplifts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.uplifts.application.UpliftCase;
import uk.hearth.uplifts.domain.UpliftDecision;
import uk.hearth.uplifts.domain.UpliftKind;
import uk.hearth.uplifts.domain.UpliftOutcome;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftStatus;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * council/uplift.xhtml: one uplift request with what a decision weighs (the breakdown, the case and evidence, the
 * lot's rate band, the market reference, the National Living Wage's effect, the decision deadline), the form that
 * decides it while it waits, a question for the provider (the decision clock paused if the officer says so) while no
 * question is waiting, and the decision and its letter once made. Under review, the first decision and the
 * provider's reasons, and the same form deciding the review, which the service keeps to another officer.
 */
@Named
@ViewScoped
public class UpliftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeeReviews feeReviews;

    private Long id;
    /** The version of the request this view shows: a decision made by someone else meanwhile is refused by name. */
    private long version;
    private transient UpliftCase upliftCase;

    private UpliftOutcome outcome;
    private BigDecimal approvedWeeklyFee;
    private String reasons;

    private String question;
    private boolean pauseClock;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The uplift request");
        }
        upliftCase = feeReviews.request(id);
        version = upliftCase.request().getVersion();
    }

    public String decide() {
        UpliftDecision decision = new UpliftDecision(outcome, approvedWeeklyFee, reasons);
        return ServiceCalls.attempt(() -> feeReviews.decide(id, version, decision)).map(decided -> {
            FacesMessages.info(decided.getReference() + " is " + decided.getStatus().label().toLowerCase()
                    + (decided.getApprovedFee() == null ? "." : ": " + decided.getApprovedFee() + " a week from the effective date.")
                    + " The provider is sent the decision letter.");
            return "/council/uplift?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** Decides the review the provider asked for: final, and refused to the officer who decided first. */
    public String review() {
        UpliftDecision decision = new UpliftDecision(outcome, approvedWeeklyFee, reasons);
        return ServiceCalls.attempt(() -> feeReviews.review(id, version, decision)).map(reviewed -> {
            FacesMessages.info("The review of " + reviewed.getReference() + " is decided: " + reviewed.getStatus().label().toLowerCase()
                    + (reviewed.getApprovedFee() == null ? "." : ", " + reviewed.getApprovedFee() + " a week from the effective date.")
                    + " The outcome is final; the provider is sent the letter.");
            return "/council/uplift?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** Asks the provider a question about the request; the provider is emailed it. */
    public String askClarification() {
        return ServiceCalls.attempt(() -> feeReviews.askClarification(id, version, question, pauseClock)).map(asked -> {
            FacesMessages.info("Your question about " + asked.getReference() + " is sent to the provider."
                    + (asked.isClockPaused() ? " The decision clock is paused until they answer: the decision date moves on"
                            + " by the working days their answer takes." : " The decision clock keeps running."));
            return "/council/uplift?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public UpliftCase getUpliftCase() {
        if (upliftCase == null) {
            upliftCase = feeReviews.request(id);
        }
        return upliftCase;
    }

    public UpliftRequest getRequest() {
        return getUpliftCase().request();
    }

    /** The form is offered while the request waits for a decision. */
    public boolean isDeciding() {
        return getRequest().getStatus() == UpliftStatus.SUBMITTED;
    }

    /** The provider asked for a review of the decision, which waits for another officer. */
    public boolean isReviewing() {
        return getRequest().getStatus() == UpliftStatus.UNDER_REVIEW;
    }

    /** A question may be asked while the request waits for its first decision and no question waits for an answer. */
    public boolean isAsking() {
        return isDeciding() && !getRequest().isAwaitingClarification();
    }

    /** The outcomes the request can have: a standard acceptance is approved or rejected whole, never in part. */
    public List<UpliftOutcome> getOutcomes() {
        return Arrays.stream(UpliftOutcome.values())
                .filter(o -> o != UpliftOutcome.PART_APPROVE || getRequest().getKind() != UpliftKind.STANDARD).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UpliftOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(UpliftOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getApprovedWeeklyFee() {
        return approvedWeeklyFee;
    }

    public void setApprovedWeeklyFee(BigDecimal approvedWeeklyFee) {
        this.approvedWeeklyFee = approvedWeeklyFee;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public boolean isPauseClock() {
        return pauseClock;
    }

    public void setPauseClock(boolean pauseClock) {
        this.pauseClock = pauseClock;
    }
}
