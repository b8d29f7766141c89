package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.MiniCompetition;

/**
 * Mini-competitions a commissioner drafted and published now, for tests about bidding and what follows. Without a
 * transaction of its own, so each step commits as on the pages.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishedCompetitions {

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private AsCommissioner asCommissioner;

    /** Published now, which invites every admitted provider of the lot; see {@link CompetitionSamples#details()}. */
    public MiniCompetition of(CompetitionDetails details) throws Exception {
        MiniCompetition draft = asCommissioner.call(() -> competitions.draft(details));
        return asCommissioner.call(() -> competitions.publish(draft.getId(), draft.getVersion())).competition();
    }
}
