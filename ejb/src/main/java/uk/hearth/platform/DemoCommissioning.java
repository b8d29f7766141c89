package uk.hearth.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.domain.BlockContract;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.ContractUnit;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.QuestionDetails;
import uk.hearth.competitions.domain.QuestionKind;
import uk.hearth.competitions.domain.StandstillMode;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.domain.LegalStatus;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.requests.domain.standard.AdditionalSupport;
import uk.hearth.requests.domain.standard.CommunicationNeeds;
import uk.hearth.requests.domain.standard.CommunicationRequirement;
import uk.hearth.requests.domain.standard.CulturalNeeds;
import uk.hearth.requests.domain.standard.LivingCompanions;
import uk.hearth.requests.domain.standard.NeededBy;
import uk.hearth.requests.domain.standard.NeedsProfile;
import uk.hearth.requests.domain.standard.Pets;
import uk.hearth.requests.domain.standard.Risk;
import uk.hearth.requests.domain.standard.Suitability;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * A commissioner's demonstration work, done the real way shortly after start-up when demo data is on: placement
 * requests sent through {@link PlacementRequests} (so eligibility and notices behave as in use) when none exists
 * yet, and a mini-competition published through {@link MiniCompetitions} (every admitted residential provider is
 * invited; the panel is the two demo commissioners) when none exists yet.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.COMMISSIONER)
@PermitAll
public class DemoCommissioning {

    private static final Logger LOG = Logger.getLogger(DemoCommissioning.class.getName());

    @Inject
    private PlacementRequests requests;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private LotCatalogue lots;

    @Inject
    private HearthClock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void soon() {
        DemoData.scheduleSoon(timers, Duration.ofSeconds(10), "Hearth demo commissioning");
    }

    @Timeout
    void work() {
        if (requests.all().isEmpty()) {
            sendRequests();
        }
        if (competitions.list().isEmpty()) {
            publishCompetition();
        }
    }

    private void sendRequests() {
        Lot residential = lot("residential");
        Lot fostering = lot("fostering");
        publish(new RequestDetails(residential.getId(), null, 14, Gender.MALE, LegalStatus.CARE_ORDER,
                "Needs a stable home where staff can help him manage anxiety; attends a mainstream secondary school in"
                        + " Loughborough and wants to stay there; contact with his grandmother twice a week.",
                0, "LE11", "LE11", 20, clock.today().plusDays(7), 26, new BigDecimal("5800.00"), Urgency.STANDARD, 4, true, null,
                new NeedsProfile(NeededBy.AFTER_FIVE_DAYS, "Loughborough", CommunicationNeeds.NO, Set.of(CommunicationRequirement.NONE),
                        false, CulturalNeeds.NOT_REQUIRED, LivingCompanions.OLDER_CHILDREN_ONLY, Pets.CAN,
                        AdditionalSupport.THERAPEUTIC_SUPPORT, false, Suitability.SUITABLE, Suitability.PREFERRED,
                        Suitability.UNSUITABLE, Set.of(Risk.SELF_HARM), null, null),
                RequestDetails.STANDARD_RESPONSE_DAYS, RequestDetails.DEFAULT_PRICE_WEIGHT, null));
        publish(new RequestDetails(fostering.getId(), null, 6, Gender.FEMALE, LegalStatus.SECTION_20,
                "Needs foster carers experienced with early trauma; a younger brother is placed separately and weekly"
                        + " contact matters to both.",
                1, "LE12", null, 20, clock.today().plusDays(2), 12, new BigDecimal("950.00"), Urgency.STANDARD, 4, true, null,
                new NeedsProfile(NeededBy.WITHIN_FIVE_DAYS, "Near Shepshed", CommunicationNeeds.YES, Set.of(CommunicationRequirement.MAKATON),
                        false, CulturalNeeds.REQUIRED, LivingCompanions.YOUNGER_CHILDREN_ONLY, Pets.MUST, AdditionalSupport.NOT_APPLICABLE,
                        false, Suitability.PREFERRED, Suitability.UNSUITABLE, Suitability.UNSUITABLE, Set.of(), null, null),
                RequestDetails.STANDARD_RESPONSE_DAYS, RequestDetails.DEFAULT_PRICE_WEIGHT, 24));
        LOG.info("Demo placement requests sent");
    }

    private void publishCompetition() {
        Lot residential = lot("residential");
        LocalDate today = clock.today();
        MiniCompetition draft = competitions.draft(new CompetitionDetails(
                "Four residential beds in Charnwood, 2027 to 2029", residential.getId(),
                "A block contract for four beds in children's homes within 20 miles of Loughborough, for young people"
                        + " aged 12 to 17 with social, emotional and mental health needs.",
                new BlockContract(ContractUnit.BEDS, 4, 24, 12, Money.of("1920000.00")), 40, PriceScoring.LOWEST_PRICE_RATIO,
                List.of(new QuestionDetails(QuestionKind.PASS_FAIL,
                                "Is every home you would use registered with Ofsted and judged good or outstanding?", 50, 0),
                        new QuestionDetails(QuestionKind.QUALITY,
                                "How will you keep young people safe, including from exploitation and going missing?", 750, 35),
                        new QuestionDetails(QuestionKind.QUALITY,
                                "How will you support young people to stay in education and prepare for adulthood?", 500, 25)),
                noon(today.plusDays(7)), noon(today.plusDays(14)), null, StandstillMode.CALENDAR_DAYS_10,
                List.of("commissioner1", "commissioner2")));
        competitions.publish(draft.getId(), draft.getVersion());
        LOG.info("Demo mini-competition published");
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(HearthClock.LONDON).toInstant();
    }

    private void publish(RequestDetails details) {
        PlacementRequest draft = requests.draft(details);
        requests.publish(draft.getId(), draft.getVersion());
    }

    private Lot lot(String code) {
        List<Lot> all = lots.allLots();
        return all.stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow();
    }
}
