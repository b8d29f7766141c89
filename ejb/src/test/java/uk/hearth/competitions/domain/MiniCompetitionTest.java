package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.money.Money;
import uk.hearth.testing.CompetitionSamples;

/** The rules a competition keeps by itself; the lot is the service's to resolve, so these drafts have none. */
class MiniCompetitionTest {

    private static final String COMMISSIONER = "commissioner1";
    private static final Act DRAFTED = new Act(COMMISSIONER, CompetitionSamples.PUBLISHED.minus(1, ChronoUnit.DAYS));

    private final MiniCompetition competition = new MiniCompetition("MC-2027-00001", DRAFTED);

    @Test
    void anEstimatedValueOfZeroIsRefusedByTheFieldItIsAbout() {
        CompetitionDetails sample = CompetitionSamples.details();
        BlockContract free = new BlockContract(ContractUnit.BEDS, 2, 36, 12, Money.ZERO);
        BusinessException refused = assertThrows(BusinessException.class, () -> competition.describe(
                new CompetitionDetails(sample.title(), sample.lotId(), sample.description(), free, sample.priceWeight(),
                        sample.priceScoring(), sample.questions(), sample.clarificationDeadline(),
                        sample.tenderDeadline(), null, sample.standstillMode(), sample.panel()), null));
        assertEquals(Optional.of("estimatedValue"), refused.field());
    }

    @Test
    void publishingIsRecordedAndFixesTheDescription() {
        competition.describe(CompetitionSamples.details(List.of(COMMISSIONER)), null);
        Act published = new Act(COMMISSIONER, CompetitionSamples.PUBLISHED);
        assertTrue(competition.publish(published, new byte[32]));
        assertEquals(published, competition.getPublished());
        assertEquals(DRAFTED, competition.getCreated());
        assertThrows(WrongStateException.class,
                () -> competition.describe(CompetitionSamples.details(List.of(COMMISSIONER)), null));
    }

    @Test
    void onlyThePanelEvaluates() {
        competition.describe(CompetitionSamples.details(List.of(COMMISSIONER)), null);
        competition.requireOnPanel(COMMISSIONER);
        assertThrows(NotAllowedException.class, () -> competition.requireOnPanel("commissioner2"));
    }

    @Test
    void bidsCannotBeEvaluatedBeforeTheyAreOpened() {
        competition.describe(CompetitionSamples.details(List.of(COMMISSIONER)), null);
        assertThrows(WrongStateException.class, competition::requireEvaluating);
    }
}
