package uk.hearth.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import uk.hearth.bench.ApiClient.Sent;

/**
 * The crash drill, in three phases that {@code ./hearth bench crash} runs around a {@code kill -9}, on the H2 file
 * and on PostgreSQL. <b>before</b>: requests are published, and 200 offers are sent over four seconds by their own
 * clients while WildFly's process group is killed halfway. <b>down</b>: with the server gone, its database is read
 * directly (every acknowledged offer stored, none twice) and one request's deadline is moved into the past, as if
 * it had passed while the server was down. <b>after</b>, once the server is back: that request has been swept
 * closed, the timers of another are still set, and the audit chain is whole. The phases hand over in a file.
 */
public final class CrashBenchmark {

    private static final String PORTAL = ApiClient.PORTAL;
    private static final int OFFERS = 200;
    private static final Duration SPREAD = Duration.ofSeconds(4);
    private static final Path HOME = Path.of(System.getenv().getOrDefault("HEARTH_HOME", ".hearth-crash"));
    private static final Path STATE = HOME.resolve("crash-drill.properties");

    private final ApiClient api = new ApiClient();
    private final OfferTraffic traffic = new OfferTraffic(api);
    private final Properties state = new Properties();

    public static void main(String[] args) throws Exception {
        CrashBenchmark drill = new CrashBenchmark();
        boolean held = switch (args.length == 1 ? args[0] : "") {
            case "before" -> drill.before();
            case "down" -> drill.down();
            case "after" -> drill.after();
            default -> throw new IllegalArgumentException("Say which phase: before, down or after");
        };
        if (!held) {
            System.out.println("  FAILED: see above");
            System.exit(1);
        }
    }

    private boolean before() throws Exception {
        List<Long> probe = traffic.publish(1);
        List<Long> homes = traffic.fittingHomes(probe.get(0));
        List<Long> requests = traffic.publish((OFFERS + homes.size() - 1) / homes.size());
        long swept = traffic.publish(1).get(0);
        List<String> timers = timers(requests.get(0));
        String admin = api.token("admin1");
        boolean chainBefore = ApiClient.json(api.get(PORTAL + "api/admin/audit-chain", admin), 200).getBoolean("intact");

        String token = api.token("provider1");
        List<OfferTraffic.Pair> pairs = OfferTraffic.pairs(requests, homes, OFFERS);
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(OFFERS + 1);
        Random random = new Random(42);
        List<Future<Sent>> answers = new ArrayList<>();
        for (OfferTraffic.Pair pair : pairs) {
            answers.add(clients.schedule(() -> sendOrFail(token, pair), random.nextInt((int) SPREAD.toMillis()), TimeUnit.MILLISECONDS));
        }
        Future<?> kill = clients.schedule(CrashBenchmark::killWildFly, SPREAD.toMillis() / 2, TimeUnit.MILLISECONDS);
        List<Sent> sent = OfferTraffic.results(answers);
        kill.get();
        clients.shutdown();

        List<String> acknowledged = sent.stream().filter(s -> s.status() == 201)
                .map(s -> s.body().replaceAll(".*\"offerId\":(\\d+).*", "$1")).toList();
        state.setProperty("requests", join(requests));
        state.setProperty("swept", Long.toString(swept));
        state.setProperty("timers", String.join(",", timers));
        state.setProperty("acknowledged", String.join(",", acknowledged));
        state.setProperty("sent", Integer.toString(pairs.size()));
        save();
        System.out.printf("%d offers sent over %d s, WildFly killed (kill -9) after %d s:%n", pairs.size(), SPREAD.toSeconds(),
                SPREAD.toSeconds() / 2);
        System.out.printf("  acknowledged (201) %d, other answers %s%n", acknowledged.size(), sent.stream().filter(s -> s.status() != 201)
                .collect(Collectors.groupingBy(s -> s.status() < 0 ? "no answer" : Integer.toString(s.status()), Collectors.counting())));
        System.out.printf("  timers of %s before: %s; audit chain before: %s%n", "a rush request", timers, chainBefore ? "intact" : "BROKEN");
        return chainBefore && !timers.isEmpty();
    }

    private boolean down() throws Exception {
        load();
        String requests = state.getProperty("requests");
        List<String> acknowledged = list("acknowledged");
        try (Connection db = database()) {
            long stored = Sql.single(db, "select count(*) from offer where request_id in (" + requests + ")");
            long found = acknowledged.isEmpty() ? 0
                    : Sql.single(db, "select count(*) from offer where id in (" + String.join(",", acknowledged) + ")");
            long twice = Sql.single(db, "select count(*) from (select request_id, home_id from offer where request_id in ("
                    + requests + ") group by request_id, home_id having count(*) > 1) repeated");
            try (PreparedStatement passed = db.prepareStatement("update placement_request set response_deadline = ? where id = ?")) {
                passed.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
                passed.setLong(2, Long.parseLong(state.getProperty("swept")));
                passed.executeUpdate();
            }
            System.out.printf("While the server is down, its database holds %d offers of the %s sent:%n", stored, state.getProperty("sent"));
            System.out.printf("  acknowledged and stored %d of %d%s; stored though the answer was lost %d; stored twice %d%n",
                    found, acknowledged.size(), found == acknowledged.size() ? " (all)" : " (SOME LOST)", stored - found, twice);
            return found == acknowledged.size() && twice == 0;
        }
    }

    private boolean after() throws Exception {
        load();
        long swept = Long.parseLong(state.getProperty("swept"));
        String commissioner = api.token("commissioner1");
        Instant giveUp = Instant.now().plusSeconds(60);
        JsonObject sweptState;
        do {
            Thread.sleep(1_000);
            sweptState = ApiClient.json(api.get(PORTAL + "api/council/requests/" + swept, commissioner), 200);
        } while (!sweptState.containsKey("responsesClosedAt") && Instant.now().isBefore(giveUp));
        List<Long> requests = Arrays.stream(state.getProperty("requests").split(",")).map(Long::valueOf).toList();
        List<String> timers = timers(requests.get(0));
        JsonObject chain = ApiClient.json(api.get(PORTAL + "api/admin/audit-chain", api.token("admin1")), 200);
        boolean sweptClosed = sweptState.containsKey("responsesClosedAt");
        boolean timersKept = timers.equals(list("timers"));
        System.out.println("After the restart:");
        System.out.printf("  the request whose deadline passed while down: %s%n", sweptClosed
                ? "closed for responses at " + sweptState.getString("responsesClosedAt") + " (swept)" : "still open (NOT SWEPT)");
        System.out.printf("  timers of the rush request: %s%s%n", timers, timersKept ? " (as before)" : " (CHANGED)");
        System.out.printf("  audit chain: %s, %d entries checked%n", chain.getBoolean("intact") ? "intact" : "BROKEN",
                chain.getJsonNumber("entriesChecked").longValue());
        return sweptClosed && timersKept && chain.getBoolean("intact");
    }

    /** An answer, or status -1 where the connection died with the server. */
    private Sent sendOrFail(String token, OfferTraffic.Pair pair) {
        try {
            return traffic.offer(token, pair);
        } catch (IOException e) {
            return new Sent(-1, e.toString(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(-1, e.toString(), 0);
        }
    }

    /** The whole process group {@code ./hearth} started WildFly in (its script and the JVM), with no warning. */
    private static Void killWildFly() throws IOException, InterruptedException {
        String pid = Files.readString(HOME.resolve("wildfly.pid")).strip();
        int exit = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -9 of WildFly's process group " + pid + " failed");
        }
        return null;
    }

    private List<String> timers(long requestId) throws IOException, InterruptedException {
        Sent sent = api.get(PORTAL + "api/admin/requests/" + requestId + "/timers", api.token("admin1"));
        if (sent.status() != 200) {
            throw new IllegalStateException("timers: " + sent.status() + " " + sent.body());
        }
        return Arrays.stream(sent.body().replaceAll("[\\[\\]\"]", "").split(",")).filter(s -> !s.isBlank()).sorted().toList();
    }

    /** The server's own database: PostgreSQL when HEARTH_DB_URL says so, otherwise the H2 file it left behind. */
    private static Connection database() throws SQLException {
        String url = System.getenv("HEARTH_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return DriverManager.getConnection(url, System.getenv("HEARTH_DB_USER"), System.getenv("HEARTH_DB_PASSWORD"));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + HOME.toAbsolutePath().resolve("wildfly/data/hearth/hearth"), "sa", "sa");
    }

    private List<String> list(String name) {
        String value = state.getProperty(name, "");
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void save() throws IOException {
        try (Writer out = Files.newBufferedWriter(STATE)) {
            state.store(out, "the crash drill's phases hand over here");
        }
    }

    private void load() throws IOException {
        try (Reader in = Files.newBufferedReader(STATE)) {
            state.load(in);
        }
    }
}
