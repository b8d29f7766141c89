package uk.hearth.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.domain.LegalStatus;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
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
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * Demonstration placement requests, sent the real way (through {@link PlacementRequests}, so eligibility and
 * notices behave as in use) shortly after start-up, as a commissioner, when demo data is on and no request
 * exists yet.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.COMMISSIONER)
@PermitAll
public class DemoRequests {

    private static final Logger LOG = Logger.getLogger(DemoRequests.class.getName());

    @Inject
    private PlacementRequests requests;

    @Inject
    private LotCatalogue lots;

    @Inject
    private HearthClock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void soon() {
        if (DemoData.switchedOn()) {
            timers.createSingleActionTimer(10_000, new TimerConfig("Hearth demo placement requests", false));
        }
    }

    @Timeout
    void send() {
        if (!requests.all().isEmpty()) {
            return;
        }
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

    private void publish(RequestDetails details) {
        PlacementRequest draft = requests.draft(details);
        requests.publish(draft.getId(), draft.getVersion());
    }

    private Lot lot(String code) {
        List<Lot> all = lots.allLots();
        return all.stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow();
    }
}
