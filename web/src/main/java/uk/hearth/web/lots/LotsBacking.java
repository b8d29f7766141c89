package uk.hearth.web.lots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.money.Money;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** admin/lots.xhtml: administrators reword the public description of each lot and set its rate band. */
@Named
@ViewScoped
public class LotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LotCatalogue lotCatalogue;

    private List<Lot> lots;
    private Lot editing;
    private String summary;
    private BigDecimal minFee;
    private BigDecimal maxFee;

    public void load() {
        lots = lotCatalogue.allLots();
    }

    public void edit(Lot lot) {
        editing = lot;
        summary = lot.getSummary();
        minFee = amountOf(lot.getMinWeeklyFee());
        maxFee = amountOf(lot.getMaxWeeklyFee());
    }

    private static BigDecimal amountOf(Money fee) {
        return fee == null ? null : fee.amount();
    }

    /** Saved apart from the description: each is its own decision, audited as such. */
    public void saveRateBand() {
        ServiceCalls.attempt(() -> lotCatalogue.setRateBand(editing.getId(), editing.getVersion(), minFee, maxFee))
                .ifPresent(saved -> {
                    FacesMessages.info("The rate band of " + saved.getName() + " is now " + saved.rateBandWords() + ".");
                    editing = null;
                    load();
                });
    }

    public void save() {
        ServiceCalls.attempt(() -> lotCatalogue.describeLot(editing.getId(), editing.getVersion(), summary))
                .ifPresent(saved -> {
                    FacesMessages.info("The description of " + saved.getName() + " was saved.");
                    editing = null;
                    load();
                });
    }

    public void cancel() {
        editing = null;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public Lot getEditing() {
        return editing;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getMinFee() {
        return minFee;
    }

    public void setMinFee(BigDecimal minFee) {
        this.minFee = minFee;
    }

    public BigDecimal getMaxFee() {
        return maxFee;
    }

    public void setMaxFee(BigDecimal maxFee) {
        this.maxFee = maxFee;
    }
}
