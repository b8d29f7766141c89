package uk.hearth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.requests.domain.Eligibility;
import uk.hearth.requests.domain.Eligibility.Candidate;
import uk.hearth.requests.domain.Eligibility.Criteria;
import uk.hearth.requests.domain.Eligibility.HomeFacts;
import uk.hearth.shared.geo.GeoPoint;

/**
 * How long deciding who receives a placement request takes, in memory, for 1,000, 3,000 and 10,000 providers
 * with three homes each spread over England's postcode districts. The baseline, measured in the same run over
 * the same data, is the least any rule must do: one distance per home. Run with {@code ./hearth bench}.
 */
public final class EligibilityBenchmark {

    private static final int REQUESTS = 400;
    private static final int WARM_UP_REQUESTS = 200;
    private static final Pattern ROW = Pattern.compile("\\('([A-Z0-9]+)', (-?[0-9.]+), (-?[0-9.]+)\\)");

    private EligibilityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<GeoPoint> districts = englishDistricts(Path.of(args.length > 0 ? args[0]
                : "ejb/src/main/resources/db/migration/V2__postcode_districts.sql"));
        System.out.printf("Eligibility per request: %d requests after %d warm-up, %d districts%n", REQUESTS, WARM_UP_REQUESTS,
                districts.size());
        System.out.printf("%10s %8s %12s %12s %14s %14s %8s%n", "providers", "homes", "p50 (ms)", "p95 (ms)",
                "baseline p50", "baseline p95", "ratio");
        for (int providers : new int[] {1_000, 3_000, 10_000}) {
            Random random = new Random(42);
            List<Candidate> candidates = candidates(providers, districts, random);
            List<Criteria> requests = new ArrayList<>();
            for (int i = 0; i < WARM_UP_REQUESTS + REQUESTS; i++) {
                requests.add(new Criteria(1, random.nextInt(18), Gender.values()[random.nextInt(2)],
                        districts.get(random.nextInt(districts.size())), 20, false));
            }
            double[] decide = time(requests, c -> Eligibility.decide(c, candidates).size());
            double[] baseline = time(requests, c -> distancesOnly(c, candidates));
            System.out.printf("%10d %8d %12.2f %12.2f %14.2f %14.2f %8.1f%n", providers, providers * 3,
                    Percentiles.of(decide, 50), Percentiles.of(decide, 95), Percentiles.of(baseline, 50), Percentiles.of(baseline, 95),
                    Percentiles.of(decide, 95) / Percentiles.of(baseline, 95));
        }
    }

    private static double[] time(List<Criteria> requests, java.util.function.ToIntFunction<Criteria> work) {
        double[] millis = new double[REQUESTS];
        long sink = 0;
        for (int i = 0; i < requests.size(); i++) {
            long start = System.nanoTime();
            sink += work.applyAsInt(requests.get(i));
            long elapsed = System.nanoTime() - start;
            if (i >= WARM_UP_REQUESTS) {
                millis[i - WARM_UP_REQUESTS] = elapsed / 1_000_000.0;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return millis;
    }

    private static int distancesOnly(Criteria criteria, List<Candidate> candidates) {
        int near = 0;
        for (Candidate candidate : candidates) {
            for (HomeFacts home : candidate.homes()) {
                if (home.centre().get().milesTo(criteria.homeArea()) <= criteria.maxMiles()) {
                    near++;
                }
            }
        }
        return near;
    }

    private static List<Candidate> candidates(int providers, List<GeoPoint> districts, Random random) {
        OfstedJudgement[] judgements = OfstedJudgement.values();
        List<Candidate> candidates = new ArrayList<>(providers);
        long homeId = 0;
        for (int p = 0; p < providers; p++) {
            List<HomeFacts> homes = new ArrayList<>(3);
            for (int h = 0; h < 3; h++) {
                int minAge = random.nextInt(12);
                Set<Gender> genders = random.nextBoolean() ? EnumSet.allOf(Gender.class) : EnumSet.of(Gender.values()[random.nextInt(2)]);
                homes.add(new HomeFacts(++homeId, 1, true, minAge, Math.min(17, minAge + 4 + random.nextInt(10)), genders,
                        random.nextInt(3), judgements[random.nextInt(judgements.length)],
                        Optional.of(districts.get(random.nextInt(districts.size())))));
            }
            Eligibility.Standing standing = random.nextInt(20) == 0 ? Eligibility.Standing.SUSPENDED : Eligibility.Standing.ADMITTED;
            candidates.add(new Candidate(p, Optional.of(standing), homes));
        }
        return candidates;
    }

    /** England's districts (Scottish, Welsh and Northern Irish prefixes left out) from the shipped migration. */
    private static List<GeoPoint> englishDistricts(Path migration) throws IOException {
        Set<String> notEngland = Set.of("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH",
                "TD", "ZE", "BT", "CF", "LD", "LL", "NP", "SA", "SY");
        List<GeoPoint> points = new ArrayList<>();
        Matcher row = ROW.matcher(Files.readString(migration));
        while (row.find()) {
            String area = row.group(1).replaceAll("[0-9].*", "");
            if (!notEngland.contains(area)) {
                points.add(new GeoPoint(Double.parseDouble(row.group(2)), Double.parseDouble(row.group(3))));
            }
        }
        return points;
    }
}
