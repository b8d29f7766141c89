package uk.hearth.requests.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.organisations.domain.Gender.FEMALE;
import static uk.hearth.organisations.domain.Gender.MALE;
import static uk.hearth.organisations.domain.OfstedJudgement.GOOD;
import static uk.hearth.organisations.domain.OfstedJudgement.INADEQUATE;
import static uk.hearth.organisations.domain.OfstedJudgement.NOT_YET_INSPECTED;
import static uk.hearth.organisations.domain.OfstedJudgement.OUTSTANDING;
import static uk.hearth.organisations.domain.OfstedJudgement.REQUIRES_IMPROVEMENT;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.requests.domain.Eligibility.Candidate;
import uk.hearth.requests.domain.Eligibility.Criteria;
import uk.hearth.requests.domain.Eligibility.Decision;
import uk.hearth.requests.domain.Eligibility.FittingHome;
import uk.hearth.requests.domain.Eligibility.HomeFacts;
import uk.hearth.requests.domain.Eligibility.Standing;
import uk.hearth.shared.geo.GeoPoint;

/**
 * Who receives a placement request: every provider is put through the same tests in the same order, and one left
 * out is told the first test its homes failed.
 */
class EligibilityTest {

    private static final long FOSTERING = 2;
    private static final long RESIDENTIAL = 1;

    // District centres as V2__postcode_districts.sql has them: LE11 is about 10 miles from LE1, NG1 about 22.
    private static final GeoPoint LE1 = new GeoPoint(52.63379, -1.12812);
    private static final GeoPoint LE11 = new GeoPoint(52.76927, -1.21584);
    private static final GeoPoint NG1 = new GeoPoint(52.95400, -1.14700);

    private static final String NOT_ADMITTED = "not admitted to the lot";
    private static final String SUSPENDED = "suspended from the lot";
    private static final String NO_OPEN_HOME = "no open home under the lot";
    private static final String AGE = "no home takes a child aged 9";
    private static final String GENDER = "no home takes girls";
    private static final String NO_VACANCY = "no vacancy";
    private static final String TOO_FAR = "no home within 15 miles";
    private static final String QUALITY = "no home judged good or outstanding by Ofsted";

    /** A girl of 9 from LE1, placed within 15 miles, with no quality override. */
    private static final Criteria GIRL_OF_NINE = new Criteria(FOSTERING, 9, FEMALE, LE1, 15, false);

    private long nextHomeId = 100;

    @Test
    void aProviderThatIsNotAMemberOrWasRemovedIsNotAdmitted() {
        assertEquals(NOT_ADMITTED, reasonFor(new Candidate(1, Optional.empty(), List.of(fits()))));
        assertEquals(NOT_ADMITTED, reasonFor(new Candidate(1, Optional.of(Standing.REMOVED), List.of(fits()))));
    }

    @Test
    void aSuspendedProviderIsLeftOutHoweverWellItsHomesFit() {
        assertEquals(SUSPENDED, reasonFor(new Candidate(1, Optional.of(Standing.SUSPENDED), List.of(fits()))));
    }

    @Test
    void anAdmittedProviderNeedsAnOpenHomeUnderTheLot() {
        assertEquals(NO_OPEN_HOME, reasonFor(admitted()));
        assertEquals(NO_OPEN_HOME, reasonFor(admitted(aHome().closed().build())));
        assertEquals(NO_OPEN_HOME, reasonFor(admitted(aHome().underLot(RESIDENTIAL).build())));
    }

    @Test
    void eachTestLeavesOutTheProviderWhoseHomesAllFailIt() {
        assertEquals(AGE, reasonFor(admitted(aHome().agesFrom(11).build())));
        assertEquals(GENDER, reasonFor(admitted(aHome().taking(MALE).build())));
        assertEquals(NO_VACANCY, reasonFor(admitted(aHome().vacancies(0).build())));
        assertEquals(TOO_FAR, reasonFor(admitted(aHome().at(NG1).build())));
        assertEquals(QUALITY, reasonFor(admitted(aHome().judged(REQUIRES_IMPROVEMENT).build())));
        assertEquals(QUALITY, reasonFor(admitted(aHome().judged(NOT_YET_INSPECTED).build())));
    }

    @Test
    void theReasonIsTheFirstTestFailedInOrder() {
        // Closed, too young, boys only, full, far away and inadequate: the first failure is the one recorded.
        HomeFacts failsEverything = aHome().closed().agesFrom(12).taking(MALE).vacancies(0).judged(INADEQUATE).at(NG1)
                .build();
        assertEquals(NO_OPEN_HOME, reasonFor(admitted(failsEverything)));
        // Open but every later test fails: age comes first.
        assertEquals(AGE, reasonFor(admitted(aHome().agesFrom(12).taking(MALE).vacancies(0).judged(INADEQUATE).at(NG1)
                .build())));
        // The right age, but boys only, full and far away: gender comes next.
        assertEquals(GENDER, reasonFor(admitted(aHome().taking(MALE).vacancies(0).judged(INADEQUATE).at(NG1).build())));
        // Takes girls but full, far away and inadequate: vacancy comes next.
        assertEquals(NO_VACANCY,
                reasonFor(admitted(aHome().taking(FEMALE).vacancies(0).judged(INADEQUATE).at(NG1).build())));
        // A vacancy but far away and inadequate: distance before quality.
        assertEquals(TOO_FAR,
                reasonFor(admitted(aHome().taking(FEMALE).vacancies(1).judged(INADEQUATE).at(NG1).build())));
    }

    @Test
    void theTestsApplyToTheHomesStillInTheRunning() {
        // One home is too old for the child, the other has no vacancy: no single home passes both tests, so the
        // provider fails at the vacancy test, where its last candidate home dropped out.
        Candidate split = admitted(aHome().agesFrom(12).build(), aHome().vacancies(0).build());
        assertEquals(NO_VACANCY, reasonFor(split));
    }

    @Test
    void theQualityOverrideLetsARequiresImprovementHomeThrough() {
        HomeFacts requiresImprovement = aHome().judged(REQUIRES_IMPROVEMENT).at(LE11).build();
        Criteria withOverride = withQualityOverride();

        assertEquals(QUALITY, reasonFor(admitted(requiresImprovement)));
        Decision decision = Eligibility.decide(withOverride, List.of(admitted(requiresImprovement))).get(0);
        assertTrue(decision.eligible());
        assertEquals(List.of(requiresImprovement.homeId()), homeIds(decision));
    }

    @Test
    void siblingsPlacedTogetherNeedAHomeWithAVacancyForEachChild() {
        HomeFacts twoVacancies = aHome().vacancies(2).build();
        Criteria withOneSibling = placing(2);
        Criteria withTwoSiblings = placing(3);

        assertTrue(Eligibility.decide(withOneSibling, List.of(admitted(twoVacancies))).get(0).eligible());
        Decision tooFew = Eligibility.decide(withTwoSiblings, List.of(admitted(twoVacancies))).get(0);
        assertEquals("no home with 3 vacancies for the siblings", tooFew.exclusionReason());
    }

    @Test
    void withoutTheDistanceLimitOnlyTheDistanceTestIsLifted() {
        HomeFacts inNottingham = aHome().at(NG1).build();
        HomeFacts inNottinghamInadequate = aHome().judged(INADEQUATE).at(NG1).build();

        assertEquals(TOO_FAR, reasonFor(admitted(inNottingham)));
        assertTrue(Eligibility.decide(GIRL_OF_NINE.anyDistance(), List.of(admitted(inNottingham))).get(0).eligible());
        assertEquals(QUALITY, Eligibility.decide(GIRL_OF_NINE.anyDistance(), List.of(admitted(inNottinghamInadequate)))
                .get(0).exclusionReason());
    }

    @Test
    void aHomeWhoseDistrictCentreIsUnknownIsTreatedAsOutOfRange() {
        // With no centre its distance cannot be shown to be within range, even with the widest search.
        HomeFacts unknown = aHome().inUnknownDistrict().build();
        Criteria anywhere = within(500);

        assertEquals(TOO_FAR, reasonFor(admitted(unknown)));
        assertEquals("no home within 500 miles",
                Eligibility.decide(anywhere, List.of(admitted(unknown))).get(0).exclusionReason());
        // Beside a home that is in range, it is simply not among the fitting homes.
        HomeFacts near = fits();
        Decision decision = Eligibility.decide(GIRL_OF_NINE, List.of(admitted(unknown, near))).get(0);
        assertEquals(List.of(near.homeId()), homeIds(decision));
    }

    @Test
    void theFittingHomesAreListedNearestFirstWithTheirDistances() {
        HomeFacts nottingham = aHome().at(NG1).build();
        HomeFacts leicester = aHome().build();
        HomeFacts loughborough = aHome().judged(OUTSTANDING).at(LE11).build();
        // A home that fails a test does not appear, even though the provider is eligible.
        HomeFacts full = aHome().vacancies(0).build();
        Criteria withinThirty = within(30);

        Decision decision = Eligibility.decide(withinThirty, List.of(admitted(nottingham, full, leicester, loughborough)))
                .get(0);

        assertTrue(decision.eligible());
        assertEquals(List.of(leicester.homeId(), loughborough.homeId(), nottingham.homeId()), homeIds(decision));
        List<FittingHome> homes = decision.homes();
        assertEquals(0.0, homes.get(0).miles(), 0.001);
        assertEquals(10.1, homes.get(1).miles(), 0.1);
        assertEquals(22.1, homes.get(2).miles(), 0.1);
    }

    @Test
    void theSameCriteriaDecideEachCandidateOnItsOwn() {
        List<Candidate> candidates = List.of(
                new Candidate(1, Optional.of(Standing.ADMITTED), List.of(fits())),
                new Candidate(2, Optional.of(Standing.SUSPENDED), List.of(fits())),
                new Candidate(3, Optional.of(Standing.ADMITTED), List.of(aHome().at(NG1).build())),
                new Candidate(4, Optional.empty(), List.of()),
                new Candidate(5, Optional.of(Standing.ADMITTED), List.of(fits(), aHome().at(LE11).build())),
                new Candidate(6, Optional.of(Standing.ADMITTED), List.of(aHome().vacancies(0).build())));

        List<Decision> together = Eligibility.decide(GIRL_OF_NINE, candidates);

        // One decision per candidate, in the candidates' order, each exactly what it would be on its own.
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), together.stream().map(Decision::organisationId).toList());
        for (int i = 0; i < candidates.size(); i++) {
            assertEquals(Eligibility.decide(GIRL_OF_NINE, List.of(candidates.get(i))), List.of(together.get(i)));
        }
        assertEquals(List.of(true, false, false, false, true, false), together.stream().map(Decision::eligible).toList());
        assertEquals(SUSPENDED, together.get(1).exclusionReason());
        assertEquals(TOO_FAR, together.get(2).exclusionReason());
        assertEquals(NOT_ADMITTED, together.get(3).exclusionReason());
        assertEquals(NO_VACANCY, together.get(5).exclusionReason());
        assertEquals(2, together.get(4).homes().size());
        // The same list decided again gives the same answers: nothing is carried from one call to the next.
        assertEquals(together, Eligibility.decide(GIRL_OF_NINE, candidates));
    }

    @Test
    void anEligibleProviderHasNoReasonAndAnExcludedOneNoHomes() {
        Decision eligible = Eligibility.decide(GIRL_OF_NINE, List.of(admitted(fits()))).get(0);
        Decision excluded = Eligibility.decide(GIRL_OF_NINE, List.of(new Candidate(1, Optional.of(Standing.SUSPENDED),
                List.of(fits())))).get(0);

        assertTrue(eligible.eligible());
        assertNull(eligible.exclusionReason());
        assertFalse(excluded.eligible());
        assertTrue(excluded.homes().isEmpty());
    }

    private String reasonFor(Candidate candidate) {
        Decision decision = Eligibility.decide(GIRL_OF_NINE, List.of(candidate)).get(0);
        assertFalse(decision.eligible(), "expected the provider to be left out");
        assertTrue(decision.homes().isEmpty());
        return decision.exclusionReason();
    }

    /** {@link #GIRL_OF_NINE} searched for within {@code miles}. */
    private static Criteria within(int miles) {
        Criteria g = GIRL_OF_NINE;
        return new Criteria(g.lotId(), g.age(), g.gender(), g.homeArea(), miles, g.qualityOverride(), g.placesNeeded());
    }

    /** {@link #GIRL_OF_NINE} with the commissioner's override of the quality test recorded. */
    private static Criteria withQualityOverride() {
        Criteria g = GIRL_OF_NINE;
        return new Criteria(g.lotId(), g.age(), g.gender(), g.homeArea(), g.maxMiles(), true, g.placesNeeded());
    }

    /** {@link #GIRL_OF_NINE} placed together with siblings: {@code places} children in all. */
    private static Criteria placing(int places) {
        Criteria g = GIRL_OF_NINE;
        return new Criteria(g.lotId(), g.age(), g.gender(), g.homeArea(), g.maxMiles(), g.qualityOverride(), places);
    }

    private static Candidate admitted(HomeFacts... homes) {
        return new Candidate(1, Optional.of(Standing.ADMITTED), List.of(homes));
    }

    /** An open fostering home in LE1 for girls and boys of 0 to 17 with vacancies, judged good. */
    private HomeFacts fits() {
        return aHome().taking(FEMALE, MALE).build();
    }

    /** An open fostering home in LE1 taking children of every gender aged 0 to 17, with 3 vacancies, judged good. */
    private HomeBuilder aHome() {
        return new HomeBuilder(nextHomeId++);
    }

    private static List<Long> homeIds(Decision decision) {
        return decision.homes().stream().map(FittingHome::homeId).toList();
    }

    /** The facts of one home, each as {@link #aHome()} has it unless a test says otherwise. */
    private static final class HomeBuilder {

        private final long homeId;
        private long lotId = FOSTERING;
        private boolean open = true;
        private int minAge = 0;
        private Set<Gender> genders = EnumSet.allOf(Gender.class);
        private int vacancies = 3;
        private OfstedJudgement judgement = GOOD;
        private Optional<GeoPoint> centre = Optional.of(LE1);

        HomeBuilder(long homeId) {
            this.homeId = homeId;
        }

        HomeBuilder underLot(long lot) {
            lotId = lot;
            return this;
        }

        HomeBuilder closed() {
            open = false;
            return this;
        }

        /** The youngest age taken; the oldest stays 17. */
        HomeBuilder agesFrom(int youngest) {
            minAge = youngest;
            return this;
        }

        HomeBuilder taking(Gender first, Gender... others) {
            genders = EnumSet.of(first, others);
            return this;
        }

        HomeBuilder vacancies(int free) {
            vacancies = free;
            return this;
        }

        HomeBuilder judged(OfstedJudgement ofsted) {
            judgement = ofsted;
            return this;
        }

        /** In the district whose centre is {@code districtCentre}. */
        HomeBuilder at(GeoPoint districtCentre) {
            centre = Optional.of(districtCentre);
            return this;
        }

        /** In a district whose centre Hearth does not know. */
        HomeBuilder inUnknownDistrict() {
            centre = Optional.empty();
            return this;
        }

        HomeFacts build() {
            return new HomeFacts(homeId, lotId, open, minAge, 17, genders, vacancies, judgement, centre);
        }
    }
}
