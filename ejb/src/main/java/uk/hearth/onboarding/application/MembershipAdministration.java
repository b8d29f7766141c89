package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.onboarding.domain.SuspensionCause;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The council suspends, reinstates or removes a provider from a lot, always with a recorded reason. Removal is
 * the Procurement Act 2023's exclusion: final for this membership; the provider must apply again.
 */
@Stateless
public class MembershipAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private HearthClock clock;

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER})
    public LotMembership suspend(long membershipId, long versionSeen, @NotBlank(message = "Record why the provider is suspended.")
            @Size(max = 2000, message = "The reason must be 2,000 characters or fewer.") String reason) {
        return change(membershipId, versionSeen, MembershipStatus.SUSPENDED, reason, "suspended", "from");
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER})
    public LotMembership reinstate(long membershipId, long versionSeen, @NotBlank(message = "Record why the provider is reinstated.")
            @Size(max = 2000, message = "The reason must be 2,000 characters or fewer.") String reason) {
        return change(membershipId, versionSeen, MembershipStatus.ADMITTED, reason, "reinstated", "on");
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public LotMembership remove(long membershipId, long versionSeen, @NotBlank(message = "Record why the provider is removed.")
            @Size(max = 2000, message = "The reason must be 2,000 characters or fewer.") String reason) {
        return change(membershipId, versionSeen, MembershipStatus.REMOVED, reason, "removed", "from");
    }

    private LotMembership change(long membershipId, long versionSeen, MembershipStatus to, String reason, String done,
            String preposition) {
        LotMembership membership = em.find(LotMembership.class, membershipId);
        if (membership == null) {
            throw new RecordNotFoundException("The membership");
        }
        if (membership.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The provider's membership of " + membership.getLot().getName());
        }
        if (to == MembershipStatus.ADMITTED && membership.getSuspensionCause() == SuspensionCause.DOCUMENT_EXPIRED) {
            throw new BusinessException("This suspension lifts itself as soon as the provider files a current certificate;"
                    + " reinstating before then would only last until the next document review.");
        }
        MembershipStatus before = membership.getStatus();
        membership.changeStatus(to, SuspensionCause.COUNCIL_DECISION, reason, clock.now());
        em.flush();
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
