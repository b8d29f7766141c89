package uk.hearth.web.uplifts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.uplifts.application.FeeReviewOutcomes;
import uk.hearth.uplifts.domain.LotOutcome;

/**
 * provider/fee-review-outcomes.xhtml and council/fee-review-outcomes.xhtml (one include): what closed fee reviews
 * gave per lot, the same for everyone signed in, as a table and a bar chart of the shares. Lots with too few
 * decisions are listed with their figures withheld, as the service answers them.
 */
@Named
@RequestScoped
public class FeeReviewOutcomesBacking {

    @Inject
    private FeeReviewOutcomes outcomes;

    private List<LotOutcome> published;
    private String chart;

    public void load() {
        published = outcomes.published();
    }

    /** Every closed review's lots, the latest review first. */
    public List<LotOutcome> getPublished() {
        if (published == null) {
            load();
        }
        return published;
    }

    /** A bar is drawn only for a lot with figures. */
    public boolean isAnyShown() {
        return !OutcomesChart.shown(getPublished()).isEmpty();
    }

    /** How tall the chart is: room for each bar, so the labels stay readable. */
    public int getChartHeight() {
        return 120 + 48 * OutcomesChart.shown(getPublished()).size();
    }

    /** The chart's Chart.js configuration, for p:chart. */
    public String getChart() {
        if (chart == null) {
            chart = OutcomesChart.of(getPublished());
        }
        return chart;
    }
}
