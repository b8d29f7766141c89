package uk.hearth.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.organisations.domain.SettingType;
import uk.hearth.requests.domain.OfferDetails;
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

/**
 * Made-up placement requests, the homes that fit them and offers, for the placement request ITs.
 *
 * <p>The child's home area is LE1 and homes are searched for within {@value #MAX_MILES} miles: a home in LE11
 * (about 10 miles away) fits, one in NG1 (about 22 miles) does not. The child's gender is {@link Gender#OTHER},
 * which the homes other tests add (girls and boys only, see {@link Samples#home}) do not take: publishing then
 * sends each request only to this test's providers, and to those that earlier runs of these tests left behind,
 * instead of to every provider the shared database holds.
 */
public final class RequestSamples {

    public static final String CHILD_HOME_AREA = "LE1";
    public static final int MAX_MILES = 15;
    /** Loughborough, about 10 miles from LE1. */
    public static final String NEAR = "LE11 3NP";
    /** Nottingham, about 22 miles from LE1. */
    public static final String FAR = "NG1 5FS";
    /** Well formed, but no district has this outward code. */
    public static final String UNKNOWN_DISTRICT = "ZZ9";
    public static final String NEEDS = "Needs a calm home with carers experienced in trauma; keeps her school place.";
    public static final int EMERGENCY_HOURS = 4;

    /** Monday 7 June 2027, 09:00 BST: a standard request published then is due by {@link #WEDNESDAY_FIVE_PM}. */
    public static final Instant MONDAY_MORNING = Instant.parse("2027-06-07T08:00:00Z");
    /** Tuesday 8 June 2027, 12:00 BST: while such a request is open. */
    public static final Instant TUESDAY_NOON = Instant.parse("2027-06-08T11:00:00Z");
    /** 17:00 BST on Wednesday 9 June 2027, two working days after {@link #MONDAY_MORNING}. */
    public static final Instant WEDNESDAY_FIVE_PM = Instant.parse("2027-06-09T16:00:00Z");
    /** A minute after {@link #WEDNESDAY_FIVE_PM}: the offers can be seen. */
    public static final Instant AFTER_THE_DEADLINE = WEDNESDAY_FIVE_PM.plus(1, ChronoUnit.MINUTES);

    private RequestSamples() {
    }

    /** A fostering agency office at {@code postcode} taking children of every gender aged 0 to 17, with vacancies. */
    public static HomeDetails home(String ofstedUrn, String postcode) {
        return new HomeDetails(Samples.FOSTERING, "Meadow Fostering " + Samples.unique(), ofstedUrn,
                SettingType.FOSTERING_AGENCY_OFFICE, postcode, 12, 3, 0, 17, EnumSet.allOf(Gender.class),
                Set.of(Samples.MAINSTREAM_FOSTERING, Samples.EMERGENCY_FOSTERING), OfstedJudgement.GOOD,
                LocalDate.of(2025, 9, 10));
    }

    /** A child of 9 from LE1 to be fostered within {@value #MAX_MILES} miles; in-house options were checked. */
    public static RequestDetails request(Urgency urgency) {
        return aRequest().urgency(urgency).build();
    }

    /** The details of {@link #request(Urgency)}'s standard request, for a test to change what it is about. */
    public static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    /** A child with communication needs who signs in BSL, at risk of going missing; foster care preferred. */
    public static NeedsProfile profile() {
        return new NeedsProfile(NeededBy.WITHIN_FIVE_DAYS, "Near her school in Leicester", CommunicationNeeds.YES,
                Set.of(CommunicationRequirement.BSL), false, CulturalNeeds.NOT_REQUIRED, LivingCompanions.WITH_OTHER_CHILDREN,
                Pets.CAN, AdditionalSupport.THERAPEUTIC_SUPPORT, false, Suitability.PREFERRED, Suitability.SUITABLE,
                Suitability.UNSUITABLE, Set.of(Risk.MISSING), null, null);
    }

    /**
     * An offer of {@code homeId}: a core fee of £950 a week, 10 extra staffing hours at £25 and £50 for
     * transport, £1,250.00 a week in all.
     */
    public static OfferDetails offer(long homeId) {
        return offer(homeId, new BigDecimal("950.00"));
    }

    /** As {@link #offer(long)} with another core fee: £300 a week on top of {@code coreWeeklyFee} in all. */
    public static OfferDetails offer(long homeId, BigDecimal coreWeeklyFee) {
        return new OfferDetails(homeId, coreWeeklyFee, new BigDecimal("10"), new BigDecimal("25.00"), null,
                new BigDecimal("50.00"), null, LocalDate.of(2027, 7, 1),
                "A carer at home full time, trained in therapeutic parenting; ten minutes from her school.");
    }
}
