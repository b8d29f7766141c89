package uk.hearth.web.uplifts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.QueueEntry;
import uk.hearth.uplifts.domain.WindowDetails;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * council/fee-reviews.xhtml: the fee reviews, the latest first, and the form that opens one with a standard uplift
 * for each lot it covers. Also the contract management dashboard's "Fee uplift requests" card: for each open review
 * (and each closed one with requests still waiting), how many requests wait for a decision and how many are overdue.
 */
@Named
@ViewScoped
public class FeeReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many requests of the queue are read at a time when counting those waiting. */
    private static final int QUEUE_PAGE = 50;

    @Inject
    private FeeReviews feeReviews;

    @Inject
    private LotCatalogue lotCatalogue;

    @Inject
    private HearthClock clock;

    private transient List<FeeReviewWindow> windows;
    private transient List<WindowQueue> queues;

    private String name;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private LocalDate effectiveFrom;
    private int decisionWorkingDays = WindowDetails.DEFAULT_DECISION_DAYS;
    private String evidenceAsked;
    private String criteria;
    private List<LotRow> lots;

    /** One lot as the form shows it: whether the review covers it, and its standard uplift as typed. */
    public static class LotRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long lotId;
        private final String lotName;
        private boolean included;
        private BigDecimal percent;

        LotRow(Long lotId, String lotName) {
            this.lotId = lotId;
            this.lotName = lotName;
        }

        public Long getLotId() {
            return lotId;
        }

        public String getLotName() {
            return lotName;
        }

        public boolean isIncluded() {
            return included;
        }

        public void setIncluded(boolean included) {
            this.included = included;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    /** A review's decision queue at a glance, for the dashboard. */
    public record WindowQueue(long windowId, String name, LocalDate closesOn, boolean open, long waiting, long overdue) {
    }

    public void load() {
        windows = feeReviews.windows();
        if (lots == null) {
            lots = new ArrayList<>(lotCatalogue.allLots().stream().map(l -> new LotRow(l.getId(), l.getName())).toList());
        }
    }

    /** Opens the review with the lots ticked; the service checks everything, including that at least one is. */
    public String open() {
        List<WindowDetails.StandardUplift> uplifts = lots.stream().filter(LotRow::isIncluded)
                .map(row -> new WindowDetails.StandardUplift(row.getLotId(), row.getPercent())).toList();
        WindowDetails details = new WindowDetails(name, opensOn, closesOn, effectiveFrom, decisionWorkingDays, evidenceAsked,
                criteria, uplifts);
        return ServiceCalls.attempt(() -> feeReviews.open(details)).map(window -> {
            FacesMessages.info(window.getName() + " is open for " + window.lotNames() + ", from "
                    + DeadlineWords.day(window.getOpensOn()) + " to " + DeadlineWords.day(window.getClosesOn())
                    + ". Every provider with a placement in scope has been told.");
            return "/council/fee-review?faces-redirect=true&id=" + window.getId();
        }).orElse(null);
    }

    /** Loaded on first use too, so a postback (or a view read back after moving servers) has its rows. */
    public List<FeeReviewWindow> getWindows() {
        if (windows == null) {
            windows = feeReviews.windows();
        }
        return windows;
    }

    public boolean isOpen(FeeReviewWindow window) {
        return window.isOpenOn(clock.today());
    }

    /** "Open", "Closed" or "Not open yet", by the server's clock: said in words, not by colour alone. */
    public String stateOf(FeeReviewWindow window) {
        LocalDate today = clock.today();
        return window.isOpenOn(today) ? "Open" : window.isClosedOn(today) ? "Closed" : "Not open yet";
    }

    /** For the dashboard: open reviews, and closed ones whose queue still has requests waiting. */
    public List<WindowQueue> getQueues() {
        if (queues == null) {
            LocalDate today = clock.today();
            queues = new ArrayList<>();
            for (FeeReviewWindow window : getWindows()) {
                boolean open = window.isOpenOn(today);
                if (!open && !window.isClosedOn(today)) {
                    continue;
                }
                List<QueueEntry> waiting = waiting(window.getId());
                if (open || !waiting.isEmpty()) {
                    queues.add(new WindowQueue(window.getId(), window.getName(), window.getClosesOn(), open, waiting.size(),
                            waiting.stream().filter(r -> r.isOverdueOn(today)).count()));
                }
            }
        }
        return queues;
    }

    /** The requests waiting for a decision (drafts are not in the queue): its head, as it lists them first. */
    private List<QueueEntry> waiting(long windowId) {
        List<QueueEntry> waiting = new ArrayList<>();
        for (int first = 0; ; first += QUEUE_PAGE) {
            List<QueueEntry> page = feeReviews.queue(windowId, first, QUEUE_PAGE);
            page.stream().takeWhile(r -> !r.status().isDecided()).forEach(waiting::add);
            if (page.size() < QUEUE_PAGE || waiting.size() < first + QUEUE_PAGE) {
                return waiting;
            }
        }
    }

    public List<LotRow> getLots() {
        return lots;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public int getDecisionWorkingDays() {
        return decisionWorkingDays;
    }

    public void setDecisionWorkingDays(int decisionWorkingDays) {
        this.decisionWorkingDays = decisionWorkingDays;
    }

    public String getEvidenceAsked() {
        return evidenceAsked;
    }

    public void setEvidenceAsked(String evidenceAsked) {
        this.evidenceAsked = evidenceAsked;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public int getMaxDecisionDays() {
        return WindowDetails.MAX_DECISION_DAYS;
    }
}
