package uk.hearth.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import uk.hearth.bench.ApiClient.Sent;

/**
 * Offers arriving in the last ten seconds before a deadline, against the running server on PostgreSQL, through the
 * provider API with Keycloak tokens: 200 on time and 20 a moment late, each from its own client. Every offer
 * acknowledged must be stored, and every late one refused. Then throughput: 200 clients posting at once, beside a
 * bare endpoint deployed in the same server for the run (JSON in, one EJB call, one insert: {@code bench/endpoint}).
 *
 * <p>Set-up goes through the council API (requests drafted and published as usual); only the deadlines of the rush's
 * requests are then moved, in the database, to a few seconds ahead, since the service rightly allows no deadline
 * that close. Run by {@code ./hearth bench}, which starts the stack on a throwaway PostgreSQL.
 */
public final class OfferRushBenchmark {

    private static final String PORTAL = ApiClient.PORTAL;
    private static final String BARE = PORTAL.replace("/hearth/", "/hearth-bench/") + "offers";
    private static final int ON_TIME = 200;
    private static final int LATE = 20;
    private static final Duration RUSH = Duration.ofSeconds(10);

    private final ApiClient api = new ApiClient();
    private final OfferTraffic traffic = new OfferTraffic(api);
    private final ExecutorService clients = Executors.newFixedThreadPool(ON_TIME + LATE);
    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        OfferRushBenchmark benchmark = new OfferRushBenchmark();
        try {
            benchmark.run();
        } finally {
            benchmark.clients.shutdownNow();
        }
    }

    private void run() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("HEARTH_DB_URL"), System.getenv("HEARTH_DB_USER"),
                System.getenv("HEARTH_DB_PASSWORD"))) {
            List<Long> probe = traffic.publish(1);
            List<Long> homes = traffic.fittingHomes(probe.get(0));
            int perBatch = (ON_TIME + homes.size() - 1) / homes.size();
            System.out.printf("Offer rush on PostgreSQL: provider1 has %d fitting homes, so %d requests a batch%n", homes.size(), perBatch);

            List<Long> rushRequests = traffic.publish(perBatch);
            List<Long> warmRequests = traffic.publish(perBatch);
            List<Long> burstRequests = traffic.publish(perBatch);

            burst(OfferTraffic.pairs(warmRequests, homes, ON_TIME), false);
            burst(OfferTraffic.pairs(warmRequests, homes, ON_TIME), true);

            rush(db, rushRequests, homes);

            double[] product = burst(OfferTraffic.pairs(burstRequests, homes, ON_TIME), false);
            double[] bare = burst(OfferTraffic.pairs(burstRequests, homes, ON_TIME), true);
            System.out.printf("%nThroughput, %d clients posting at once%n", ON_TIME);
            System.out.printf("%34s %12s %10s %10s%n", "", "offers/s", "p50 (ms)", "p95 (ms)");
            System.out.printf("%34s %12.0f %10.1f %10.1f%n", "provider API (token, rules, audit)", product[0], product[1], product[2]);
            System.out.printf("%34s %12.0f %10.1f %10.1f%n", "bare POST -> EJB -> insert", bare[0], bare[1], bare[2]);
            System.out.printf("%34s %12.0f%%%n", "API as a share of bare", 100 * product[0] / bare[0]);
        }
    }

    /** The last ten seconds: offers spread over them, then a few a second or two too late. */
    private void rush(Connection db, List<Long> requests, List<Long> homes) throws Exception {
        Instant deadline = Instant.now().plusSeconds(RUSH.toSeconds() + 5);
        try (PreparedStatement move = db.prepareStatement("update placement_request set response_deadline = ? where id = ?")) {
            for (long id : requests) {
                move.setTimestamp(1, Timestamp.from(deadline));
                move.setLong(2, id);
                move.executeUpdate();
            }
        }
        String token = api.token("provider1");
        List<OfferTraffic.Pair> pairs = OfferTraffic.pairs(requests, homes, ON_TIME);
        // A thread per client, each sleeping until its moment, so no offer waits for another's answer.
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(ON_TIME + LATE);
        List<Future<Sent>> onTime = new ArrayList<>();
        List<Future<Sent>> late = new ArrayList<>();
        long start = Duration.between(Instant.now(), deadline.minus(RUSH)).toMillis();
        for (OfferTraffic.Pair pair : pairs) {
            // Up to 1.5 s before the deadline: what is sent later may arrive after it, which is fair, but not "on time".
            long at = start + random.nextInt((int) RUSH.toMillis() - 1500);
            onTime.add(timer.schedule(() -> traffic.offer(token, pair), at, TimeUnit.MILLISECONDS));
        }
        for (OfferTraffic.Pair pair : pairs.subList(0, LATE)) {
            long at = Duration.between(Instant.now(), deadline).toMillis() + 1000 + random.nextInt(2000);
            late.add(timer.schedule(() -> traffic.offer(token, pair), at, TimeUnit.MILLISECONDS));
        }
        List<Sent> sent = OfferTraffic.results(onTime);
        List<Sent> tooLate = OfferTraffic.results(late);
        timer.shutdown();

        long acknowledged = sent.stream().filter(s -> s.status() == 201).count();
        long stored = Sql.single(db, "select count(*) from offer where request_id in ("
                + requests.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        long refusedLate = tooLate.stream().filter(s -> s.status() == 409 && s.body().contains("\"late\"")).count();
        double[] millis = sent.stream().mapToDouble(Sent::millis).toArray();
        System.out.printf("%nThe last %d seconds before a deadline: %d offers on time, %d late%n", RUSH.toSeconds(), ON_TIME, LATE);
        System.out.printf("  acknowledged (201) %d, stored %d%s%n", acknowledged, stored, acknowledged == stored ? " (equal)" : " (NOT EQUAL)");
        System.out.printf("  other answers on time: %s%n", sent.stream().filter(s -> s.status() != 201)
                .collect(Collectors.groupingBy(Sent::status, Collectors.counting())));
        System.out.printf("  late ones refused as late (409): %d of %d%n", refusedLate, LATE);
        System.out.printf("  latency on time: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", Percentiles.of(millis, 50),
                Percentiles.of(millis, 95), Percentiles.of(millis, 100));
    }

    /** All clients start together; throughput is what completed over the time from the start to the last answer. */
    private double[] burst(List<OfferTraffic.Pair> pairs, boolean bare) throws Exception {
        String token = bare ? null : api.token("provider1");
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        for (OfferTraffic.Pair pair : pairs) {
            futures.add(clients.submit(() -> {
                gate.await();
                return bare ? bareOffer(pair) : traffic.offer(token, pair);
            }));
        }
        long started = System.nanoTime();
        gate.countDown();
        List<Sent> sent = OfferTraffic.results(futures);
        double seconds = (System.nanoTime() - started) / 1e9;
        long ok = sent.stream().filter(s -> s.status() == 201).count();
        double[] millis = sent.stream().mapToDouble(Sent::millis).toArray();
        return new double[] {ok / seconds, Percentiles.of(millis, 50), Percentiles.of(millis, 95)};
    }

    private Sent bareOffer(OfferTraffic.Pair pair) throws IOException, InterruptedException {
        return api.post(BARE, null, "{\"requestId\": %d, \"homeId\": %d, \"weeklyFee\": 5200.00}".formatted(pair.requestId(), pair.homeId()));
    }
}
