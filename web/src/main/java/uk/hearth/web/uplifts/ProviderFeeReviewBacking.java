package uk.hearth.web.uplifts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.AgreementInScope;
import uk.hearth.uplifts.application.ProviderFeeReview;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * provider/fee-review.xhtml: a fee review as a provider sees it: its dates, the standard uplift per lot, the evidence
 * asked for and the criteria; the organisation's placements it covers, each with its answer so far; and, while the
 * review is open, the standard uplift accepted for the placements ticked, or more asked for one.
 */
@Named
@ViewScoped
public class ProviderFeeReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name of the plain checkboxes of the placements table, read from the request. */
    static final String PLACEMENT_IDS = "placementIds";

    @Inject
    private ProviderUplifts providerUplifts;

    @Inject
    private HearthClock clock;

    private Long id;
    private transient ProviderFeeReview review;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The fee review");
        }
        review = providerUplifts.review(id);
    }

    /**
     * Accepts the standard uplift for the placements ticked. The boxes are plain inputs named "placementIds", so
     * their values are read from the request; a value that is no number names no placement and is left out.
     */
    public String acceptStandard() {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault(PLACEMENT_IDS, new String[0]);
        List<Long> placementIds = Arrays.stream(ticked).filter(v -> v.matches("[1-9][0-9]{0,17}")).map(Long::valueOf).toList();
        return ServiceCalls.attempt(() -> providerUplifts.acceptStandard(id, placementIds)).map(accepted -> {
            FacesMessages.info("You accepted the standard uplift for " + accepted.size()
                    + (accepted.size() == 1 ? " placement" : " placements") + ". The council approves standard acceptances"
                    + " together; each decision letter comes by email and is kept with your documents.");
            return "/provider/fee-review?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** Starts a draft asking for more than the standard for one placement, and opens it. */
    public String askForMore(long placementId) {
        return ServiceCalls.attempt(() -> providerUplifts.askForMore(id, placementId)).map(draft -> {
            FacesMessages.info("Draft " + draft.getReference() + " started. Give the fee you propose, the cost breakdown,"
                    + " your case and the evidence, then submit it before the review closes.");
            return "/provider/uplift?faces-redirect=true&id=" + draft.getId();
        }).orElse(null);
    }

    public FeeReviewWindow getWindow() {
        return review().window();
    }

    public List<AgreementInScope> getAgreements() {
        return review().agreements();
    }

    /** Loaded once a request: the review and this provider's placements in it come together. */
    private ProviderFeeReview review() {
        if (review == null) {
            review = providerUplifts.review(id);
        }
        return review;
    }

    /** Taking answers today, by the server's clock. */
    public boolean isOpen() {
        return getWindow().isOpenOn(clock.today());
    }

    public boolean isAnyUnanswered() {
        return getAgreements().stream().anyMatch(a -> !a.isAnswered());
    }

    /** Why no answers are taken: not open yet, or closed. */
    public String getClosedWords() {
        FeeReviewWindow w = getWindow();
        return w.isClosedOn(clock.today()) ? w.getName() + " closed on " + DeadlineWords.day(w.getClosesOn())
                + ": it takes no more answers."
                : w.getName() + " opens on " + DeadlineWords.day(w.getOpensOn()) + ": answers are taken from then.";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
