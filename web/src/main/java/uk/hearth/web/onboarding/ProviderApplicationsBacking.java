package uk.hearth.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.ApplicationStatus;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.web.shared.ServiceCalls;

/** provider/applications.xhtml: lots the provider has joined, its applications, and applying to another lot. */
@Named
@ViewScoped
public class ProviderApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LotApplications lotApplications;

    @Inject
    private LotCatalogue lotCatalogue;

    private List<LotMembership> memberships;
    private List<LotApplication> applications;
    private List<Lot> availableLots;
    private Long lotToApply;

    public void load() {
        memberships = lotApplications.myMemberships();
        applications = lotApplications.myApplications();
        Set<Long> taken = Stream.concat(memberships.stream().map(m -> m.getLot().getId()),
                applications.stream().filter(a -> a.getStatus() != ApplicationStatus.REJECTED).map(a -> a.getLot().getId()))
                .collect(Collectors.toSet());
        availableLots = lotCatalogue.allLots().stream().filter(l -> !taken.contains(l.getId())).toList();
    }

    public String apply() {
        return ServiceCalls.attempt(() -> lotApplications.start(lotToApply))
                .map(started -> "/provider/application?faces-redirect=true&id=" + started.getId())
                .orElse(null);
    }

    public List<LotMembership> getMemberships() {
        return memberships;
    }

    public List<LotApplication> getApplications() {
        return applications;
    }

    public List<Lot> getAvailableLots() {
        return availableLots;
    }

    public Long getLotToApply() {
        return lotToApply;
    }

    public void setLotToApply(Long lotToApply) {
        this.lotToApply = lotToApply;
    }
}
