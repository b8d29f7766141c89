package uk.hearth.web.uplifts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.AgreementInScope;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.uplifts.application.WindowOverview;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.QueueEntry;
import uk.hearth.uplifts.domain.UpliftStatus;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * council/fee-review.xhtml: one fee review. Its figures (placements and providers in scope, fees unchanged for over
 * a year, requests by status); the standard acceptances approved together; the closing date extended once; the
 * decision queue, paged in the database, overdue requests marked in words; every placement in scope with its answer;
 * and the decisions as CSV.
 */
@Named
@ViewScoped
public class FeeReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeeReviews feeReviews;

    @Inject
    private HearthClock clock;

    private Long id;
    /** The version of the review this view shows, for the extension: a change in between is refused by name. */
    private long windowVersion;
    private transient WindowOverview overview;
    private transient List<AgreementInScope> scope;
    private transient LazyDataModel<QueueEntry> queue;

    private LocalDate newClosesOn;
    private String reason;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The fee review");
        }
        overview = feeReviews.overview(id);
        windowVersion = overview.window().getVersion();
    }

    /** Approves every standard acceptance waiting, each with its own letter; a second click finds none left. */
    public String approveStandard() {
        return ServiceCalls.attempt(() -> feeReviews.approveStandardAcceptances(id)).map(approved -> {
            FacesMessages.info(approved == 0 ? "No standard acceptances were waiting."
                    : approved + (approved == 1 ? " standard acceptance is" : " standard acceptances are")
                    + " approved. Each provider is sent its decision letter.");
            return "/council/fee-review?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public String extend() {
        return ServiceCalls.attempt(() -> feeReviews.extend(id, windowVersion, newClosesOn, reason)).map(extended -> {
            FacesMessages.info(extended.getName() + " now closes on " + DeadlineWords.day(extended.getClosesOn())
                    + ". Every provider in scope has been told why.");
            return "/council/fee-review?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public WindowOverview getOverview() {
        if (overview == null) {
            overview = feeReviews.overview(id);
        }
        return overview;
    }

    public FeeReviewWindow getWindow() {
        return getOverview().window();
    }

    /** Every placement in scope, by provider, with its answer so far. */
    public List<AgreementInScope> getScope() {
        if (scope == null) {
            scope = feeReviews.scope(id);
        }
        return scope;
    }

    /** The decision queue, a page at a time from the database: waiting requests first, the soonest due first. */
    public LazyDataModel<QueueEntry> getQueue() {
        if (queue == null) {
            queue = new Queue();
        }
        return queue;
    }

    public boolean isOverdue(QueueEntry entry) {
        return entry.isOverdueOn(clock.today());
    }

    /** Each status with how many of the review's requests have it, drafts included. */
    public List<StatusCount> getStatusCounts() {
        return Arrays.stream(UpliftStatus.values())
                .map(s -> new StatusCount(s.label(), getOverview().count(s))).toList();
    }

    public record StatusCount(String label, long count) {
    }

    /** "Open until …", "Closed on …" or "Opens on …", by the server's clock. */
    public String getStateWords() {
        FeeReviewWindow window = getWindow();
        LocalDate today = clock.today();
        if (window.isOpenOn(today)) {
            return "Open until " + DeadlineWords.day(window.getClosesOn());
        }
        return window.isClosedOn(today) ? "Closed on " + DeadlineWords.day(window.getClosesOn())
                : "Opens on " + DeadlineWords.day(window.getOpensOn());
    }

    private final class Queue extends LazyDataModel<QueueEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(feeReviews.countQueue(id));
        }

        @Override
        public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return feeReviews.queue(id, first, pageSize);
        }

        @Override
        public String getRowKey(QueueEntry entry) {
            return String.valueOf(entry.id());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getNewClosesOn() {
        return newClosesOn;
    }

    public void setNewClosesOn(LocalDate newClosesOn) {
        this.newClosesOn = newClosesOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
