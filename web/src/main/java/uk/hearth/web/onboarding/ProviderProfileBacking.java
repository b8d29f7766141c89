package uk.hearth.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import uk.hearth.onboarding.application.MembershipAdministration;
import uk.hearth.onboarding.application.ProviderDirectory;
import uk.hearth.onboarding.application.ProviderProfile;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** council/provider.xhtml: one provider in full, with suspend, reinstate and remove on each lot. */
@Named
@ViewScoped
public class ProviderProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderDirectory directory;

    @Inject
    private MembershipAdministration administration;

    private Long id;
    private ProviderProfile profile;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The provider");
        }
        profile = directory.profile(id);
    }

    public void suspend(LotMembership membership) {
        change(membership, "suspended", () -> administration.suspend(membership.getId(), membership.getVersion(), reasons.get(membership.getId())));
    }

    public void reinstate(LotMembership membership) {
        change(membership, "reinstated", () -> administration.reinstate(membership.getId(), membership.getVersion(), reasons.get(membership.getId())));
    }

    public void remove(LotMembership membership) {
        change(membership, "removed", () -> administration.remove(membership.getId(), membership.getVersion(), reasons.get(membership.getId())));
    }

    private void change(LotMembership membership, String done, java.util.function.Supplier<LotMembership> call) {
        ServiceCalls.attempt(call).ifPresent(changed -> {
            FacesMessages.info(profile.organisation().getLegalName() + " is " + done + " on " + membership.getLot().getName()
                    + ". The change is recorded in the audit log.");
            reasons.remove(membership.getId());
            load();
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProviderProfile getProfile() {
        return profile;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
