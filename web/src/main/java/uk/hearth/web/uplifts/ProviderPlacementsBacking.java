package uk.hearth.web.uplifts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.requests.domain.Placement;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.ProviderUplifts;

/** provider/placements.xhtml: the organisation's placements, the latest first, each with the weekly fee in force today. */
@Named
@RequestScoped
public class ProviderPlacementsBacking {

    @Inject
    private ProviderUplifts providerUplifts;

    @Inject
    private HearthClock clock;

    private List<Placement> placements;

    public void load() {
        placements = providerUplifts.myPlacements();
    }

    /** Loaded on first use too, so a table's page request (a postback, without the view action) has its rows. */
    public List<Placement> getPlacements() {
        if (placements == null) {
            load();
        }
        return placements;
    }

    /** The weekly fee in force today, by the server's clock. */
    public Money feeToday(Placement placement) {
        return placement.weeklyFeeOn(clock.today());
    }
}
