package uk.hearth.requests.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.shared.geo.GeoPoint;

/**
 * Who receives a placement request, decided the same way for every provider (equal treatment): admitted to the
 * lot and not suspended, with at least one open home under the lot that takes the child's age and gender, has a
 * vacancy, lies within the maximum distance of the child's home area, and is judged good or outstanding (unless
 * the request records an override). Every provider left out gets the first test its homes failed, as its reason.
 * Pure and in memory, so it can be measured and tested without a server.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * What a request asks of a home. {@code homeArea} is the centre of the child's home postcode district;
     * {@code placesNeeded} is the child and any siblings to be placed together.
     */
    public record Criteria(long lotId, int age, Gender gender, GeoPoint homeArea, int maxMiles, boolean qualityOverride,
            int placesNeeded) {

        /** One child alone. */
        public Criteria(long lotId, int age, Gender gender, GeoPoint homeArea, int maxMiles, boolean qualityOverride) {
            this(lotId, age, gender, homeArea, maxMiles, qualityOverride, 1);
        }

        /** The same tests without the distance: who a tiered release reaches in its second tier. */
        public Criteria anyDistance() {
            return new Criteria(lotId, age, gender, homeArea, Integer.MAX_VALUE, qualityOverride, placesNeeded);
        }
    }

    /** The facts about one home that eligibility depends on; {@code centre} is empty for an unknown district. */
    public record HomeFacts(long homeId, long lotId, boolean open, int minAge, int maxAge, Set<Gender> genders,
            int vacancies, OfstedJudgement judgement, Optional<GeoPoint> centre) {
    }

    /** A provider with its standing on the request's lot (empty when not a member) and its homes. */
    public record Candidate(long organisationId, Optional<Standing> standing, List<HomeFacts> homes) {
    }

    public enum Standing { ADMITTED, SUSPENDED, REMOVED }

    /** A home that fits, and how far it is from the child's home area. */
    public record FittingHome(long homeId, double miles) {
    }

    /** The outcome for one provider: the homes that fit (nearest first), or why it was left out. */
    public record Decision(long organisationId, List<FittingHome> homes, String exclusionReason) {

        public boolean eligible() {
            return exclusionReason == null;
        }
    }

    public static List<Decision> decide(Criteria criteria, List<Candidate> candidates) {
        String[] reasons = reasons(criteria);
        List<Decision> decisions = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            decisions.add(decide(criteria, candidate, reasons));
        }
        return decisions;
    }

    static Decision decide(Criteria criteria, Candidate candidate) {
        return decide(criteria, candidate, reasons(criteria));
    }

    /** Why a provider is left out, by the number of tests its best home passed. */
    private static String[] reasons(Criteria c) {
        return new String[] {
                "no open home under the lot",
                "no home takes a child aged " + c.age(),
                "no home takes " + c.gender().label().toLowerCase(),
                c.placesNeeded() == 1 ? "no vacancy" : "no home with " + c.placesNeeded() + " vacancies for the siblings",
                "no home within " + c.maxMiles() + " miles",
                "no home judged good or outstanding by Ofsted"};
    }

    /**
     * One pass over the provider's homes, counting how many tests each passes in order; the provider's reason is
     * the first test that its best home failed. The distance is computed only for homes that get that far, since
     * it is the one costly test.
     */
    private static Decision decide(Criteria c, Candidate candidate, String[] reasons) {
        long org = candidate.organisationId();
        if (candidate.standing().isEmpty() || candidate.standing().get() == Standing.REMOVED) {
            return excluded(org, "not admitted to the lot");
        }
        if (candidate.standing().get() == Standing.SUSPENDED) {
            return excluded(org, "suspended from the lot");
        }
        int best = 0;
        List<FittingHome> fitting = null;
        for (HomeFacts home : candidate.homes()) {
            int passed = 0;
            double miles = Double.NaN;
            if (home.open() && home.lotId() == c.lotId()) {
                passed = 1;
                if (home.minAge() <= c.age() && c.age() <= home.maxAge()) {
                    passed = 2;
                    if (home.genders().contains(c.gender())) {
                        passed = 3;
                        if (home.vacancies() >= c.placesNeeded()) {
                            passed = 4;
                            if (home.centre().isPresent() && (miles = home.centre().get().milesTo(c.homeArea())) <= c.maxMiles()) {
                                passed = 5;
                                if (c.qualityOverride() || home.judgement().meetsQualityThreshold()) {
                                    passed = 6;
                                }
                            }
                        }
                    }
                }
            }
            if (passed == reasons.length) {
                if (fitting == null) {
                    fitting = new ArrayList<>(candidate.homes().size());
                }
                fitting.add(new FittingHome(home.homeId(), miles));
            }
            best = Math.max(best, passed);
        }
        if (fitting == null) {
            return excluded(org, reasons[best]);
        }
        fitting.sort(Comparator.comparingDouble(FittingHome::miles));
        return new Decision(org, List.copyOf(fitting), null);
    }

    private static Decision excluded(long organisationId, String reason) {
        return new Decision(organisationId, List.of(), reason);
    }
}
