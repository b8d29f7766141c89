package uk.hearth.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;

/** The public home page: what the dynamic purchasing system is and which lots it buys. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private LotCatalogue lotCatalogue;

    private List<Lot> lots;

    public void load() {
        lots = lotCatalogue.allLots();
    }

    public List<Lot> getLots() {
        return lots;
    }
}
