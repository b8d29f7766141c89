package uk.hearth.web.competitions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.competitions.application.CompetitionBids;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.shared.time.HearthClock;

/** provider/competitions.xhtml: the mini-competitions the provider's organisation is invited to. */
@Named
@RequestScoped
public class InvitationsBacking {

    @Inject
    private CompetitionBids bids;

    @Inject
    private HearthClock clock;

    private List<Invitation> invitations;

    public List<Invitation> getInvitations() {
        if (invitations == null) {
            invitations = bids.invitations();
        }
        return invitations;
    }

    public boolean isOpen(Invitation invitation) {
        return invitation.getCompetition().isOpenForBidsAt(clock.now());
    }
}
