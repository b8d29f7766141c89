package uk.hearth.web.lots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.BusinessException;
import uk.hearth.web.shared.FacesMessages;

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
        try {
            Lot saved = lotCatalogue.describeLot(editing.getId(), editing.getVersion(), summary);
            FacesMessages.info("The description of " + saved.getName() + " was saved.");
            editing = null;
            load();
        } catch (BusinessException e) {
            FacesMessages.error(e.getMessage());
        }
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
