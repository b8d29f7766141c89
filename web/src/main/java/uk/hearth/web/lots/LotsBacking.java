package uk.hearth.web.lots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** admin/lots.xhtml: administrators reword the public description of each lot. */
@Named
@ViewScoped
public class LotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LotCatalogue lotCatalogue;

    private List<Lot> lots;
    private Lot editing;
    private String summary;

    public void load() {
        lots = lotCatalogue.allLots();
    }

    public void edit(Lot lot) {
        editing = lot;
        summary = lot.getSummary();
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
}
