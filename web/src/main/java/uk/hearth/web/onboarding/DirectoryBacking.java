package uk.hearth.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.onboarding.application.DirectoryEntry;
import uk.hearth.onboarding.application.DirectoryQuery;
import uk.hearth.onboarding.application.ProviderDirectory;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.web.shared.ServiceCalls;

/** council/providers.xhtml: the provider directory with its filters. */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderDirectory directory;

    @Inject
    private LotCatalogue lotCatalogue;

    private List<Lot> lots;
    private List<DirectoryEntry> entries = List.of();
    private String name;
    private Long lotId;
    private MembershipStatus status;
    private OfstedJudgement judgement;
    private String nearDistrict;
    private Integer withinMiles;

    public void load() {
        lots = lotCatalogue.allLots();
        search();
    }

    public void search() {
        ServiceCalls.attempt(() -> directory.search(new DirectoryQuery(name, lotId, status, judgement, nearDistrict, withinMiles)))
                .ifPresent(found -> entries = found);
    }

    public void clear() {
        name = null;
        lotId = null;
        status = null;
        judgement = null;
        nearDistrict = null;
        withinMiles = null;
        search();
    }

    public boolean isDistanceShown() {
        return nearDistrict != null && !nearDistrict.isBlank();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public OfstedJudgement[] getJudgements() {
        return OfstedJudgement.values();
    }

    public List<Lot> getLots() {
        return lots;
    }

    public List<DirectoryEntry> getEntries() {
        return entries;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public OfstedJudgement getJudgement() {
        return judgement;
    }

    public void setJudgement(OfstedJudgement judgement) {
        this.judgement = judgement;
    }

    public String getNearDistrict() {
        return nearDistrict;
    }

    public void setNearDistrict(String nearDistrict) {
        this.nearDistrict = nearDistrict;
    }

    public Integer getWithinMiles() {
        return withinMiles;
    }

    public void setWithinMiles(Integer withinMiles) {
        this.withinMiles = withinMiles;
    }
}
