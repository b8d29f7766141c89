package uk.hearth.bench;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A fee review at a county's scale, against the running server on PostgreSQL: 10,000 live placements of 1,000
 * providers in the residential lot (copied in the database from a demo placement, since making them through the
 * pages would take hours), then
 * <ul>
 * <li>opening a window over that lot through the council API (finding every placement in scope, and telling each of
 * the 1,000 providers, by mail sent after the commit), beside opening one over a lot with no placements (the same
 * call, token, validation and audit, nothing to find), and</li>
 * <li>pages of the decision queue of a window with 10,000 requests, beside the same page of an empty window, with
 * the SQL statements one page runs (pg_stat_statements), for 20 rows and for 100, to show nothing is loaded row by
 * row.</li>
 * </ul>
 * Run by {@code ./hearth bench fee-reviews} (and at the end of {@code ./hearth bench}).
 */
public final class FeeReviewBenchmark {

    private static final String PORTAL = ApiClient.PORTAL;
    private static final int PROVIDERS = 1_000;
    private static final int PLACEMENTS_EACH = 10;
    private static final int OPENS = 12;
    private static final int PAGES = 60;

    private final ApiClient api = new ApiClient();
    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        new FeeReviewBenchmark().run();
    }

    private void run() throws Exception {
        String url = System.getenv("HEARTH_DB_URL");
        try (Connection db = DriverManager.getConnection(url, System.getenv("HEARTH_DB_USER"), System.getenv("HEARTH_DB_PASSWORD"));
                Connection admin = DriverManager.getConnection(url, "postgres", "")) {
            awaitDemoPlacements(db);
            long residential = single(db, "select id from lot where code = 'residential'");
            long empty = single(db, "select id from lot where code = 'short-breaks'");
            long started = System.nanoTime();
            seed(db, residential);
            System.out.printf("Fee reviews on PostgreSQL: %,d placements of %,d providers in the residential lot (seeded in %.0f s)%n",
                    single(db, "select count(*) from placement p join placement_request r on r.id = p.request_id where r.lot_id = "
                            + residential), single(db, "select count(distinct organisation_id) from placement"),
                    (System.nanoTime() - started) / 1e9);

            String token = api.token("contract1");
            double[] open = opens(token, residential, "county");
            double[] openEmpty = opens(token, empty, "empty");
            System.out.printf("%nOpening a window (%d opens each, after 3 to warm up)%n", OPENS);
            System.out.printf("%44s %10s %10s%n", "", "p50 (ms)", "p95 (ms)");
            System.out.printf("%44s %10.1f %10.1f%n", "10,000 placements in scope, 1,000 providers told", open[0], open[1]);
            System.out.printf("%44s %10.1f %10.1f%n", "baseline: a lot with no placements", openEmpty[0], openEmpty[1]);

            long full = window(token, residential, "queue");
            long none = window(token, empty, "empty queue");
            int requests = fillQueue(db, full);
            admin.createStatement().execute("create extension if not exists pg_stat_statements");
            double[] page = pages(token, full, requests, 20);
            double[] emptyPage = pages(token, none, 0, 20);
            System.out.printf("%nThe decision queue, %d pages of 20 at random offsets (after 10 to warm up)%n", PAGES);
            System.out.printf("%44s %10s %10s%n", "", "p50 (ms)", "p95 (ms)");
            System.out.printf("%44s %10.1f %10.1f%n", "%,d requests".formatted(requests), page[0], page[1]);
            System.out.printf("%44s %10.1f %10.1f%n", "baseline: an empty window's queue", emptyPage[0], emptyPage[1]);
            System.out.printf("%nSQL statements one page runs: %d for 20 rows, %d for 100 rows%n",
                    statements(admin, token, full, 20), statements(admin, token, full, 100));
        }
    }

    /** The demo data places its children some seconds after start-up; one of them is the template. */
    private static void awaitDemoPlacements(Connection db) throws Exception {
        for (int i = 0; i < 120 && single(db, "select count(*) from fee_review_window") == 0; i++) {
            Thread.sleep(1000);
        }
    }

    /** Copies a demo placement (its request, offer, fee and the provider's home) for each new provider. */
    private static void seed(Connection db, long lotId) throws SQLException {
        db.setAutoCommit(false);
        long template;
        long organisation;
        long home;
        try (PreparedStatement query = db.prepareStatement("select p.id, p.organisation_id, p.home_id from placement p"
                + " join placement_request r on r.id = p.request_id where r.lot_id = ? order by p.id limit 1")) {
            query.setLong(1, lotId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                template = row.getLong(1);
                organisation = row.getLong(2);
                home = row.getLong(3);
            }
        }
        long request = single(db, "select request_id from placement where id = " + template);
        long offer = single(db, "select offer_id from placement where id = " + template);
        Copy copyOrganisation = copy(db, "organisation", "legal_name", "?", "trading_name", "?", "contact_email", "?");
        Copy copyHome = copy(db, "home", "organisation_id", "?", "ofsted_urn", "?", "name", "?");
        Copy copyRequest = copy(db, "placement_request", "reference", "?", "chosen_offer_id", "null");
        Copy copyOffer = copy(db, "offer", "request_id", "?", "organisation_id", "?", "home_id", "?");
        Copy copyPlacement = copy(db, "placement", "reference", "?", "request_id", "?", "offer_id", "?", "organisation_id", "?",
                "home_id", "?", "invoicing_reference", "?", "agreement_document_id", "null");
        Copy copyFee = copy(db, "placement_fee", "placement_id", "?", "weekly_fee", "?");
        int n = 0;
        for (int p = 1; p <= PROVIDERS; p++) {
            long newOrganisation = insert(db, copyOrganisation, organisation, "Bench Provider " + p + " Ltd", "Bench " + p,
                    "bench-" + p + "@bench.example");
            long newHome = insert(db, copyHome, home, newOrganisation, "BN%06d".formatted(p), "Bench Home " + p);
            for (int i = 0; i < PLACEMENTS_EACH; i++) {
                n++;
                long newRequest = insert(db, copyRequest, request, "BEN-%08d".formatted(n));
                long newOffer = insert(db, copyOffer, offer, newRequest, newOrganisation, newHome);
                long placement = insert(db, copyPlacement, template, "IPA-BEN-%08d".formatted(n), newRequest, newOffer,
                        newOrganisation, newHome, "INV-BEN-%08d".formatted(n));
                insert(db, copyFee, single(db, "select min(id) from placement_fee where placement_id = " + template), placement,
                        new BigDecimal(4000 + (n * 37) % 2500));
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** An insert copying one row, and for each of its parameters which of the given values it takes. */
    private record Copy(String sql, List<Integer> order) {
    }

    /**
     * An insert copying one row of {@code table} ({@code where id = ?}, the last parameter) with some columns given:
     * pairs of column and SQL expression, "?" for a value given in that order to {@link #insert}.
     */
    private static Copy copy(Connection db, String table, String... overrides) throws SQLException {
        List<String> given = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < overrides.length; i += 2) {
            given.add(overrides[i]);
            if (overrides[i + 1].equals("?")) {
                parameters.add(overrides[i]);
            }
        }
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select column_name from information_schema.columns"
                + " where table_name = ? and column_name <> 'id' order by ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    int at = given.indexOf(column);
                    columns.add(column);
                    values.add(at < 0 ? column : overrides[2 * at + 1]);
                    if (parameters.contains(column)) {
                        order.add(parameters.indexOf(column));
                    }
                }
            }
        }
        if (order.size() != parameters.size()) {
            throw new IllegalArgumentException(table + " has no column among " + parameters);
        }
        return new Copy("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " where id = ? returning id", order);
    }

    /** Runs a copy: {@code values} in the order the copy's columns were given, the template row's id last. */
    private static long insert(Connection db, Copy copy, long templateId, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(copy.sql())) {
            for (int i = 0; i < copy.order().size(); i++) {
                insert.setObject(i + 1, values[copy.order().get(i)]);
            }
            insert.setLong(copy.order().size() + 1, templateId);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private double[] opens(String token, long lotId, String kind) throws Exception {
        double[] millis = new double[OPENS];
        for (int i = -3; i < OPENS; i++) {
            ApiClient.Sent sent = api.post(PORTAL + "api/council/fee-reviews", token, details(lotId, "Bench " + kind + " " + i
                    + " " + System.nanoTime()));
            ApiClient.json(sent, 201);
            if (i >= 0) {
                millis[i] = sent.millis();
            }
        }
        return new double[] {Percentiles.of(millis, 50), Percentiles.of(millis, 95)};
    }

    private long window(String token, long lotId, String kind) throws Exception {
        return ApiClient.json(api.post(PORTAL + "api/council/fee-reviews", token, details(lotId, "Bench " + kind + " "
                + System.nanoTime())), 201).getJsonNumber("id").longValue();
    }

    private static String details(long lotId, String name) {
        LocalDate today = LocalDate.now();
        return """
                {"name": "%s", "opensOn": "%s", "closesOn": "%s", "effectiveFrom": "%s", "decisionWorkingDays": 20,
                 "evidenceAsked": "Accounts.", "criteria": "Below the market median.",
                 "standardUplifts": [{"lotId": %d, "percent": 3.5}]}""".formatted(name, today, today.plusDays(30),
                today.plusDays(40), lotId);
    }

    /** One standard acceptance waiting for a decision per placement of the lot, written straight to the table. */
    private static int fillQueue(Connection db, long windowId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into uplift_request (reference, window_id, organisation_id, placement_id, kind, status, current_fee,
                    standard_fee, lower_fee_intended, clock_paused, submitted_by, submitted_at, decision_due, created_by,
                    created_at, version)
                select 'UPL-BEN-' || p.id, ?, p.organisation_id, p.id, 'STANDARD', 'SUBMITTED', f.weekly_fee,
                    round(f.weekly_fee * 1.035, 2), false, false, 'bench', now(), current_date + cast(p.id % 40 - 10 as integer), 'bench',
                    now(), 0
                from placement p join placement_fee f on f.placement_id = p.id where p.reference like 'IPA-BEN-%'""")) {
            insert.setLong(1, windowId);
            return insert.executeUpdate();
        }
    }

    private double[] pages(String token, long windowId, int requests, int size) throws Exception {
        double[] millis = new double[PAGES];
        for (int i = -10; i < PAGES; i++) {
            int first = requests <= size ? 0 : random.nextInt(requests - size);
            ApiClient.Sent sent = api.get(PORTAL + "api/council/fee-reviews/" + windowId + "/queue?first=" + first + "&size=" + size,
                    token);
            JsonObject page = ApiClient.json(sent, 200);
            if (page.getJsonArray("rows").size() != Math.min(size, requests)) {
                throw new IllegalStateException("A page of " + page.getJsonArray("rows").size() + " rows");
            }
            if (i >= 0) {
                millis[i] = sent.millis();
            }
        }
        return new double[] {Percentiles.of(millis, 50), Percentiles.of(millis, 95)};
    }

    /** Statements the server ran on the queue's tables for one page (the audit sealer's own are left out). */
    private long statements(Connection admin, String token, long windowId, int size) throws Exception {
        admin.createStatement().execute("select pg_stat_statements_reset()");
        ApiClient.json(api.get(PORTAL + "api/council/fee-reviews/" + windowId + "/queue?first=100&size=" + size, token), 200);
        try (ResultSet rows = admin.createStatement().executeQuery("select query, calls from pg_stat_statements"
                + " where query ~* '(uplift_request|placement|organisation|home|lot)' and query !~* 'pg_stat_statements'")) {
            long calls = 0;
            List<String> seen = new ArrayList<>();
            while (rows.next()) {
                calls += rows.getLong(2);
                seen.add(rows.getLong(2) + "x " + rows.getString(1).replaceAll("\\s+", " ").substring(0,
                        Math.min(90, rows.getString(1).replaceAll("\\s+", " ").length())));
            }
            System.out.println(seen.stream().map(s -> "    " + s).collect(Collectors.joining("\n")));
            return calls;
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
