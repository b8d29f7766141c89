package uk.hearth.web.uplifts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.application.UpliftCase;
import uk.hearth.uplifts.domain.AboveStandardDetails;
import uk.hearth.uplifts.domain.CostBreakdown;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftStatus;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;
import uk.hearth.web.shared.Uploads;

/**
 * provider/uplift.xhtml: one of the organisation's uplift requests. While it is a draft and the review is open: the
 * proposed fee, the cost breakdown and the case, saved as a draft; evidence attached and removed; the draft submitted
 * or discarded. Every action on the form saves what is typed first, so nothing typed is lost and what is submitted is
 * what the provider sees. The figures worked out from the saved draft are shown with it. Once submitted, the request
 * reads as the council reads it, with the decision and its letter when made; the council's question is answered here
 * while it waits, and a review of the decision asked for once, within the working days the service allows.
 */
@Named
@ViewScoped
public class ProviderUpliftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderUplifts providerUplifts;

    @Inject
    private HearthClock clock;

    private Long id;
    /** The version of the request this view shows: a change made in another tab meanwhile is refused by name. */
    private long version;
    private transient UpliftCase upliftCase;

    private BigDecimal proposedWeeklyFee;
    private boolean lowerFeeIntended;
    private String caseForUplift;
    private BigDecimal staffHoursPerWeek;
    private BigDecimal hourlyRateBefore;
    private BigDecimal hourlyRateAfter;
    private BigDecimal onCostPercent;
    private BigDecimal premisesChange;
    private BigDecimal foodAndActivitiesChange;
    private BigDecimal transportChange;
    private BigDecimal educationChange;
    private BigDecimal insuranceChange;
    private BigDecimal overheadsChange;
    // Only for the request that uploads it: a file part is never kept with the view.
    private transient Part file;

    private String answer;
    private String reasons;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The uplift request");
        }
        refresh();
        fill(upliftCase.request());
    }

    /** Reads the request afresh, with the version to change it from. */
    private void refresh() {
        upliftCase = providerUplifts.request(id);
        version = upliftCase.request().getVersion();
    }

    /**
     * Reads the request afresh after a refusal, keeping the version this view last saved or saw: a change made
     * elsewhere meanwhile stays refused until the page is opened again.
     */
    private void reread() {
        upliftCase = providerUplifts.request(id);
    }

    /** The form as the saved draft has it. */
    private void fill(UpliftRequest request) {
        CostBreakdown breakdown = request.getBreakdown();
        proposedWeeklyFee = amount(request.getProposedFee());
        lowerFeeIntended = request.isLowerFeeIntended();
        caseForUplift = request.getCaseForUplift();
        staffHoursPerWeek = breakdown.staffHoursPerWeek();
        hourlyRateBefore = amount(breakdown.hourlyRateBefore());
        hourlyRateAfter = amount(breakdown.hourlyRateAfter());
        onCostPercent = breakdown.onCostPercent();
        premisesChange = amount(breakdown.premisesChange());
        foodAndActivitiesChange = amount(breakdown.foodAndActivitiesChange());
        transportChange = amount(breakdown.transportChange());
        educationChange = amount(breakdown.educationChange());
        insuranceChange = amount(breakdown.insuranceChange());
        overheadsChange = amount(breakdown.overheadsChange());
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private AboveStandardDetails details() {
        return new AboveStandardDetails(proposedWeeklyFee, lowerFeeIntended, caseForUplift, staffHoursPerWeek,
                hourlyRateBefore, hourlyRateAfter, onCostPercent, premisesChange, foodAndActivitiesChange, transportChange,
                educationChange, insuranceChange, overheadsChange);
    }

    /** Saves what is typed as the draft; the version moves on with each save. */
    private UpliftRequest save() {
        UpliftRequest saved = providerUplifts.saveDraft(id, version, details());
        version = saved.getVersion();
        return saved;
    }

    public void saveDraft() {
        ServiceCalls.attempt(this::save).ifPresent(saved -> {
            refresh();
            FacesMessages.info("Your draft is saved. The council cannot see it until you submit it.");
        });
    }

    /** Saves what is typed, then attaches the file chosen. */
    public void attach() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose a file to attach: accounts, a payroll summary or a rota, as PDF, Word or an image.");
            return;
        }
        String fileName = file.getSubmittedFileName();
        byte[] content = Uploads.bytesOf(file);
        file = null;
        ServiceCalls.attempt(() -> {
            save();
            return providerUplifts.addEvidence(id, fileName, content);
        }).ifPresentOrElse(attached -> {
            refresh();
            FacesMessages.info("‘" + fileName + "’ is attached as evidence, and your draft is saved.");
        }, this::reread);
    }

    /** Saves what is typed, then takes the piece of evidence off the request (it stays with the organisation's documents). */
    public void removeEvidence(ProviderDocument document) {
        ServiceCalls.attempt(() -> {
            save();
            return providerUplifts.removeEvidence(id, document.getId());
        }).ifPresentOrElse(removed -> {
            refresh();
            FacesMessages.info("‘" + document.getFile().fileName() + "’ is no longer part of the request.");
        }, this::reread);
    }

    /** Saves what is typed, then submits it: the refusal says what is still missing. */
    public String submit() {
        return ServiceCalls.attempt(() -> {
            UpliftRequest saved = save();
            return providerUplifts.submit(id, saved.getVersion());
        }).map(submitted -> {
            FacesMessages.info(submitted.getReference() + " is submitted. The council decides it by "
                    + DeadlineWords.day(submitted.getDecisionDue()) + "; the decision letter comes by email.");
            return "/provider/uplift?faces-redirect=true&id=" + id;
        }).orElseGet(() -> {
            reread();
            return null;
        });
    }

    public String discard() {
        long windowId = getRequest().getWindow().getId();
        String reference = getRequest().getReference();
        if (!ServiceCalls.attempt(() -> providerUplifts.discard(id, version))) {
            return null;
        }
        FacesMessages.info("Draft " + reference + " is discarded. The placement can be answered afresh while the review is open.");
        return "/provider/fee-review?faces-redirect=true&id=" + windowId;
    }

    /** Answers the council's question; where the council paused the clock, the decision date moves on. */
    public String answerClarification() {
        return ServiceCalls.attempt(() -> providerUplifts.answerClarification(id, version, answer)).map(answered -> {
            FacesMessages.info("Your answer is sent to the council. It decides " + answered.getReference() + " by "
                    + DeadlineWords.day(answered.getDecisionDue()) + ".");
            return "/provider/uplift?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** Asks, once, for another officer to review the decision. */
    public String askForReview() {
        return ServiceCalls.attempt(() -> providerUplifts.askForReview(id, version, reasons)).map(asked -> {
            FacesMessages.info("You asked for a review of the decision on " + asked.getReference() + ". A different officer"
                    + " decides it by " + DeadlineWords.day(asked.getDecisionDue()) + "; the outcome is final and its letter"
                    + " comes by email.");
            return "/provider/uplift?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public UpliftCase getUpliftCase() {
        if (upliftCase == null) {
            upliftCase = providerUplifts.request(id);
        }
        return upliftCase;
    }

    public UpliftRequest getRequest() {
        return getUpliftCase().request();
    }

    public boolean isDraft() {
        return getRequest().getStatus() == UpliftStatus.DRAFT;
    }

    /** A draft that can still be changed and submitted: the review is open by the server's clock. */
    public boolean isEditable() {
        return isDraft() && getRequest().getWindow().isOpenOn(clock.today());
    }

    /** The council's question waits for the organisation's answer. */
    public boolean isAwaitingClarification() {
        return getRequest().isAwaitingClarification();
    }

    /** The decision may still be reviewed: asked for once, by the last day, by the server's clock. */
    public boolean isReviewable() {
        return getRequest().mayAskForReviewOn(clock.today());
    }

    /** Why a draft can no longer be changed, when it cannot. */
    public String getClosedWords() {
        var window = getRequest().getWindow();
        return window.isClosedOn(clock.today())
                ? window.getName() + " closed on " + DeadlineWords.day(window.getClosesOn()) + ": this draft can no longer be submitted."
                : window.getName() + " opens on " + DeadlineWords.day(window.getOpensOn()) + ".";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getProposedWeeklyFee() {
        return proposedWeeklyFee;
    }

    public void setProposedWeeklyFee(BigDecimal proposedWeeklyFee) {
        this.proposedWeeklyFee = proposedWeeklyFee;
    }

    public boolean isLowerFeeIntended() {
        return lowerFeeIntended;
    }

    public void setLowerFeeIntended(boolean lowerFeeIntended) {
        this.lowerFeeIntended = lowerFeeIntended;
    }

    public String getCaseForUplift() {
        return caseForUplift;
    }

    public void setCaseForUplift(String caseForUplift) {
        this.caseForUplift = caseForUplift;
    }

    public BigDecimal getStaffHoursPerWeek() {
        return staffHoursPerWeek;
    }

    public void setStaffHoursPerWeek(BigDecimal staffHoursPerWeek) {
        this.staffHoursPerWeek = staffHoursPerWeek;
    }

    public BigDecimal getHourlyRateBefore() {
        return hourlyRateBefore;
    }

    public void setHourlyRateBefore(BigDecimal hourlyRateBefore) {
        this.hourlyRateBefore = hourlyRateBefore;
    }

    public BigDecimal getHourlyRateAfter() {
        return hourlyRateAfter;
    }

    public void setHourlyRateAfter(BigDecimal hourlyRateAfter) {
        this.hourlyRateAfter = hourlyRateAfter;
    }

    public BigDecimal getOnCostPercent() {
        return onCostPercent;
    }

    public void setOnCostPercent(BigDecimal onCostPercent) {
        this.onCostPercent = onCostPercent;
    }

    public BigDecimal getPremisesChange() {
        return premisesChange;
    }

    public void setPremisesChange(BigDecimal premisesChange) {
        this.premisesChange = premisesChange;
    }

    public BigDecimal getFoodAndActivitiesChange() {
        return foodAndActivitiesChange;
    }

    public void setFoodAndActivitiesChange(BigDecimal foodAndActivitiesChange) {
        this.foodAndActivitiesChange = foodAndActivitiesChange;
    }

    public BigDecimal getTransportChange() {
        return transportChange;
    }

    public void setTransportChange(BigDecimal transportChange) {
        this.transportChange = transportChange;
    }

    public BigDecimal getEducationChange() {
        return educationChange;
    }

    public void setEducationChange(BigDecimal educationChange) {
        this.educationChange = educationChange;
    }

    public BigDecimal getInsuranceChange() {
        return insuranceChange;
    }

    public void setInsuranceChange(BigDecimal insuranceChange) {
        this.insuranceChange = insuranceChange;
    }

    public BigDecimal getOverheadsChange() {
        return overheadsChange;
    }

    public void setOverheadsChange(BigDecimal overheadsChange) {
        this.overheadsChange = overheadsChange;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
