package uk.hearth.web.uplifts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.hearth.requests.domain.Placement;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.ProviderUplifts;

/** provider/placement.xhtml: one of the organisation's placements, with its fee history from the agreed fee on. */
@Named
@RequestScoped
public class ProviderPlacementBacking {

    @Inject
    private ProviderUplifts providerUplifts;

    @Inject
    private HearthClock clock;

    private Long id;
    private Placement placement;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The placement");
        }
        placement = providerUplifts.placement(id);
    }

    public Placement getPlacement() {
        return placement;
    }

    /** The weekly fee in force today, by the server's clock. */
    public Money getFeeToday() {
        return placement.weeklyFeeOn(clock.today());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
