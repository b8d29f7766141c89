package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidRepository;
import uk.hearth.competitions.domain.BlockContract;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.MiniCompetitionRepository;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;

/**
 * A mini-competition published for others to read: its open data (an OCDS release package) and, once the award is
 * decided, its scores as CSV. Neither carries what a bid said, beyond the winner's price in the value awarded.
 */
@Stateless
public class CompetitionExports {

    @Inject
    private MiniCompetitionRepository competitions;

    @Inject
    private BidRepository bids;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private EvaluatedBids evaluated;

    @Inject
    private SealedBids sealedBids;

    /**
     * The competition as open data, an OCDS 1.1 release package: the tender once published, the award once
     * decided, the contract once concluded. Until the contract is concluded, the award's contract period starts on
     * the first day it could: the day after the standstill.
     *
     * @param packageUri where the package is published
     */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public JsonObject ocds(long competitionId, @NotNull URI packageUri) {
        MiniCompetition competition = competitions.get(competitionId);
        if (competition.getPublished() == null || competition.getStatus() == CompetitionStatus.CANCELLED) {
            throw new WrongStateException(competition.getReference() + " is not open data: only competitions that are"
                    + " published and not cancelled are.");
        }
        BlockContract contract = competition.getContract();
        OcdsReleasePackage release = OcdsReleasePackage.tendered(new OcdsReleasePackage.Tender(
                competition.getReference(), competition.getTitle(), competition.getDescription(),
                competition.getLot().getCode(), competition.getLot().getName(), buyer(competition),
                competition.evaluationModel(), BlockContractType.of(contract.unit()),
                BigDecimal.valueOf(contract.quantity()), contract.estimatedValue(), competition.getPublished().at(),
                competition.getTenderDeadline(), DynamicPurchasingSystem.ID, DynamicPurchasingSystem.NAME));
        Instant changed = competition.getPublished().at();
        Bid winner = competition.getWinningBid();
        if (winner != null) {
            LocalDate start = Objects.requireNonNullElse(competition.getContractStart(),
                    competition.standstill().lastDay().plusDays(1));
            release = release.awarded(new OcdsReleasePackage.Award(competition.getAwardDecided().at(),
                    bids.tenderedIn(competitionId).stream().map(b -> party(b.getOrganisation())).toList(),
                    party(winner.getOrganisation()), contract.valueAt(sealedBids.readOpened(winner).price()), start,
                    contract.lastDayFrom(start)));
            changed = competition.getAwardDecided().at();
        }
        if (competition.getConcluded() != null) {
            release = release.concluded(new OcdsReleasePackage.Contract(competition.getContractReference(),
                    competition.getConcluded().at()));
            changed = competition.getConcluded().at();
        }
        return release.toJson(packageUri, changed);
    }

    /** The scores as CSV, one row per bid and question; published only once the award is decided. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public String scoresCsv(long competitionId) {
        MiniCompetition competition = competitions.get(competitionId);
        if (competition.getAwardDecided() == null) {
            throw new WrongStateException("The scores of " + competition.getReference()
                    + " are published once the award is decided.");
        }
        return ScoresCsv.of(competition.getReference(), evaluated.ranking(competition));
    }

    /** The council that runs the competition, the organisation of the commissioner who drafted it, as its buyer. */
    private OcdsReleasePackage.Organisation buyer(MiniCompetition competition) {
        return organisations.findMember(competition.getCreated().username())
                .map(m -> party(m.getOrganisation()))
                .orElse(new OcdsReleasePackage.Organisation("hearth-council", "The council"));
    }

    private static OcdsReleasePackage.Organisation party(Organisation organisation) {
        return new OcdsReleasePackage.Organisation("hearth-organisation-" + organisation.getId(),
                organisation.getLegalName());
    }
}
