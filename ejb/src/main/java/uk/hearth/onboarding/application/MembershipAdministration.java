package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.onboarding.domain.SuspensionCause;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The council suspends, reinstates or removes a provider from a lot, always with a recorded reason. Removal is
 * the Procurement Act 2023's exclusion: final for this membership; the provider must apply again.
 */
@Stateless
public class MembershipAdministration {

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private HearthClock clock;

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER})
    public LotMembership suspend(long membershipId, long versionSeen, @NotBlank(message = "Record why the provider is suspended.")
            @Size(max = Lengths.REASON, message = "The reason must be 2,000 characters or fewer.") String reason) {
        return change(membershipId, versionSeen, MembershipStatus.SUSPENDED, reason, "suspended", "from");
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER})
    public LotMembership reinstate(long membershipId, long versionSeen, @NotBlank(message = "Record why the provider is reinstated.")
            @Size(max = Lengths.REASON, message = "The reason must be 2,000 characters or fewer.") String reason) {
        return change(membershipId, versionSeen, MembershipStatus.ADMITTED, reason, "reinstated", "on");
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public LotMembership remove(long membershipId, long versionSeen, @NotBlank(message = "Record why the provider is removed.")
            @Size(max = Lengths.REASON, message = "The reason must be 2,000 characters or fewer.") String reason) {
        return change(membershipId, versionSeen, MembershipStatus.REMOVED, reason, "removed", "from");
    }

    private LotMembership change(long membershipId, long versionSeen, MembershipStatus to, String reason, String done,
            String preposition) {
        LotMembership membership = memberships.getForChange(membershipId, versionSeen);
        if (to == MembershipStatus.ADMITTED && membership.getSuspensionCause() == SuspensionCause.DOCUMENT_EXPIRED) {
            throw new WrongStateException("This suspension lifts itself as soon as the provider files a current certificate;"
                    + " reinstating before then would only last until the next document review.");
        }
        MembershipStatus before = membership.getStatus();
        membership.changeStatus(to, SuspensionCause.COUNCIL_DECISION, reason, clock.now());
        memberships.checkCurrent(membership);
        audit.record("membership." + done, "LotMembership", membership.getId(),
                membership.getOrganisation().getLegalName() + " " + done + " " + preposition + " " + membership.getLot().getName()
                        + " (was " + before.label().toLowerCase() + "): " + reason.strip());
        notices.tell(membership.getOrganisation(), "you are " + done + " " + preposition + " " + membership.getLot().getName(),
                "The council has " + done + " your organisation " + preposition + " " + membership.getLot().getName()
                        + ".\n\nReason: " + reason.strip()
                        + (to == MembershipStatus.SUSPENDED ? "\n\nWhile suspended you receive no new placement requests or invitations on this lot." : ""));
        return membership;
    }
}
