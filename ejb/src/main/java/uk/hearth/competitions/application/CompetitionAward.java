package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.BlockContract;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.MiniCompetitionRepository;
import uk.hearth.competitions.domain.PriceLine;
import uk.hearth.competitions.domain.RankedBid;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The award of a mini-competition from its ranking. A commissioner free of any conflict of interest records the
 * award decision, which files and emails every bidder its award letter and starts the standstill; the contract is
 * concluded only once the standstill has ended by the server's clock, and is filed and emailed to the winner.
 */
@Stateless
public class CompetitionAward {

    @Inject
    private MiniCompetitionRepository competitions;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private EvaluatedBids evaluated;

    @Inject
    private EvaluationPanel panel;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private HearthClock clock;

    @Inject
    private SealedBids sealedBids;

    @Inject
    private CompetitionDeadlines deadlines;

    @Inject
    private AwardLetterRenderer letters;

    @Inject
    private BlockContractRenderer contracts;

    /**
     * Records the award to the bid ranked first, files and emails every ranked or excluded bidder its award letter,
     * and starts the standstill, with a timer at its end.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition decideAward(long competitionId, long versionSeen) {
        MiniCompetition competition = competitions.get(competitionId);
        String me = panel.requireFreeOfConflict(competition);
        // The version is compared once the caller may take part: one who may not is told so, whatever they saw.
        competitions.getForChange(competitionId, versionSeen);
        competition.requireEvaluating();
        Ranking ranking = evaluated.ranking(competition);
        RankedBid first = ranking.winner().orElseThrow(() -> new WrongStateException("No single bid ranks first in "
                + competition.getReference() + ", so no award can be decided."));
        Map<Long, Bid> bids = evaluated.of(competition).stream().collect(Collectors.toMap(Bid::getId, Function.identity()));
        StandstillPeriod standstill = competition.decideAward(bids.get(first.bidId()), callers.act());
        AwardLetter.Competition heading = new AwardLetter.Competition(competition.getReference(),
                competition.getTitle(), competition.getLot().getName(), councilName(competition), me,
                DynamicPurchasingSystem.NAME);
        List<AwardLetter> all = AwardLetter.forEveryBidder(heading, ranking, standstill);
        for (AwardLetter letter : all) {
            send(competition, bids.get(letter.bidId()), letter);
        }
        deadlines.scheduleStandstillEnd(competition);
        competitions.checkCurrent(competition);
        audit.record("competition.award-decided", "MiniCompetition", competitionId, competition.getReference()
                + ": award to " + first.bidder() + " decided by " + me + "; award letters sent to " + all.size()
                + " bidders; the standstill ends at midnight at the end of "
                + StandstillPeriod.dayInWords(standstill.lastDay()) + " (UK time)");
        return competition;
    }

    /** At the end of the standstill (its timer calls it): records that the contract may now be concluded. */
    @RolesAllowed(Roles.ADMIN)
    public void endStandstill(long competitionId) {
        MiniCompetition competition = competitions.get(competitionId);
        if (competition.endStandstill(clock.now())) {
            audit.record("competition.standstill-ended", "MiniCompetition", competitionId, competition.getReference()
                    + ": the standstill ended at midnight at the end of "
                    + StandstillPeriod.dayInWords(competition.standstill().lastDay())
                    + " (UK time); the contract may now be concluded");
        }
    }

    /**
     * Concludes the block contract with the winner once the standstill has ended by the server's clock: the
     * contract, with the winning bid's price and its breakdown, is filed for the provider and emailed to it.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition concludeContract(long competitionId, long versionSeen,
            @NotNull(message = "Enter the date the contract starts.") LocalDate startDate) {
        MiniCompetition competition = competitions.get(competitionId);
        String me = panel.requireFreeOfConflict(competition);
        competitions.getForChange(competitionId, versionSeen);
        competition.conclude("BC-" + competition.getReference().substring("MC-".length()), startDate, callers.act());
        Bid winner = competition.getWinningBid();
        Organisation provider = winner.getOrganisation();
        byte[] pdf = contracts.render(particulars(competition, provider, sealedBids.readOpened(winner)));
        ProviderDocument contract = documents.fileGenerated(provider, DocumentCategory.BLOCK_CONTRACT,
                "block-contract-" + competition.getContractReference() + ".pdf", pdf);
        competition.fileContract(contract);
        competitions.checkCurrent(competition);
        audit.record("competition.contract-concluded", "MiniCompetition", competitionId, competition.getReference()
                + ": contract " + competition.getContractReference() + " concluded with " + provider.getLegalName()
                + " by " + me + ", starting on " + startDate);
        notices.tell(provider, "block contract " + competition.getContractReference(),
                "The standstill period of " + competition.getReference() + " has ended and the council has concluded "
                        + "the block contract " + competition.getContractReference() + " with you, starting on "
                        + StandstillPeriod.dayInWords(startDate) + ". The contract is attached and kept in Hearth.",
                new Notification.Attachment(contract.getFile().fileName(), contract.getFile().mediaType(), pdf));
        return competition;
    }

    /** The concluded contract's PDF, as filed for the provider. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public DocumentDownload contract(long competitionId) {
        ProviderDocument contract = competitions.get(competitionId).getContractDocument();
        if (contract == null) {
            throw new RecordNotFoundException("The contract");
        }
        return documents.download(contract.getId());
    }

    private void send(MiniCompetition competition, Bid bid, AwardLetter letter) {
        byte[] pdf = letters.render(letter);
        ProviderDocument filed = documents.fileGenerated(bid.getOrganisation(), DocumentCategory.AWARD_LETTER,
                "award-letter-" + competition.getReference() + ".pdf", pdf);
        bid.fileAwardLetter(filed);
        notices.tell(bid.getOrganisation(), "outcome of mini-competition " + competition.getReference(),
                "The council has decided the award of the mini-competition " + competition.getReference() + ", ‘"
                        + competition.getTitle() + "’. Your award letter is attached and kept in Hearth: it gives your "
                        + "scores, the successful bid's scores and when the standstill period ends.",
                new Notification.Attachment(filed.getFile().fileName(), filed.getFile().mediaType(), pdf));
    }

    private ContractParticulars particulars(MiniCompetition competition, Organisation provider, BidContents bid) {
        BlockContract contract = competition.getContract();
        BlockContractType type = BlockContractType.of(contract.unit());
        return new ContractParticulars(competition.getContractReference(), competition.getReference(),
                competition.getTitle(), councilName(competition), provider.getLegalName(),
                provider.getRegisteredAddress(), competition.getLot().getName(), type,
                BigDecimal.valueOf(contract.quantity()), competition.getContractStart(), contract.termMonths(),
                contract.extension(), bid.price(),
                bid.breakdown().stream().map(l -> new ContractParticulars.PriceLine(l.item(), l.amount())).toList(),
                contract.valueAt(bid.price()), keyTerms(contract, type), competition.standstill(),
                competition.getConcluded().at(), competition.getConcluded().username(),
                Objects.requireNonNullElse(provider.getContactName(), provider.getLegalName()),
                DynamicPurchasingSystem.NAME);
    }

    private static List<String> keyTerms(BlockContract contract, BlockContractType type) {
        return List.of("The provider keeps the " + contract.quantity() + " "
                        + (contract.quantity() == 1 ? type.unit() : type.units()) + " for the council's use for the "
                        + "whole contract, and tells the council within one working day whenever any are free.",
                "The council pays the weekly price for the whole block every week, whether or not it is used in full.",
                "The terms of the " + DynamicPurchasingSystem.NAME + " apply, including those on quality assurance,"
                        + " safeguarding and fee uplifts.");
    }

    /** The council that runs the competition: the organisation of the commissioner who drafted it. */
    private String councilName(MiniCompetition competition) {
        return organisations.findMember(competition.getCreated().username())
                .map(m -> m.getOrganisation().getLegalName()).orElse("The council");
    }
}
