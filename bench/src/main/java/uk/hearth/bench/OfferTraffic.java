package uk.hearth.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import uk.hearth.bench.ApiClient.Sent;

/**
 * What the offer benchmarks send: emergency requests published through the council API, and offers to them from
 * provider1's fitting homes through the provider API, one (request, home) pair an offer.
 */
final class OfferTraffic {

    /** The residential lot, whose id V3__lots.sql fixes. */
    static final long RESIDENTIAL = 1;
    private static final String PORTAL = ApiClient.PORTAL;

    record Pair(long requestId, long homeId) {
    }

    private final ApiClient api;

    OfferTraffic(ApiClient api) {
        this.api = api;
    }

    /** Emergency requests like the demo one provider1 receives: a boy of 14 near Loughborough. */
    List<Long> publish(int count) throws IOException, InterruptedException {
        String token = api.token("commissioner1");
        String details = """
                {"lotId": %d, "age": 14, "gender": "MALE", "legalStatus": "CARE_ORDER", "needs": "Benchmark request.",
                 "siblingCount": 0, "homeDistrict": "LE11", "maxDistanceMiles": 20, "startDate": "%s",
                 "expectedDurationWeeks": 12, "urgency": "EMERGENCY", "emergencyResponseHours": 2, "inHouseChecked": true,
                 "profile": {"communicationNeeds": "NOT_SPECIFIED", "culturalNeeds": "NOT_KNOWN", "livingCompanions": "NO_PREFERENCE",
                             "pets": "NOT_KNOWN", "fosterSuitability": "NOT_SPECIFIED", "residentialSuitability": "PREFERRED",
                             "supportedSuitability": "NOT_SPECIFIED", "homeAdaptation": false, "deprivationOfLiberty": false},
                 "standardResponseDays": 2, "priceWeight": 40}""".formatted(RESIDENTIAL, LocalDate.now().plusDays(2));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject draft = ApiClient.json(api.post(PORTAL + "api/council/requests", token, details), 201);
            JsonObject published = ApiClient.json(api.post(PORTAL + "api/council/requests/" + draft.getJsonNumber("id").longValue()
                    + "/publish?version=" + draft.getJsonNumber("version").longValue(), token, ""), 200);
            ids.add(published.getJsonNumber("id").longValue());
        }
        return ids;
    }

    List<Long> fittingHomes(long requestId) throws IOException, InterruptedException {
        return ApiClient.json(api.get(PORTAL + "api/provider/requests/" + requestId, api.token("provider1")), 200).getJsonArray("fittingHomes")
                .getValuesAs(JsonObject.class).stream().map(h -> h.getJsonNumber("id").longValue()).toList();
    }

    Sent offer(String token, Pair pair) throws IOException, InterruptedException {
        String json = """
                {"homeId": %d, "coreWeeklyFee": 5200.00, "staffingHoursPerWeek": 0, "staffingHourlyRate": 0,
                 "educationWeeklyFee": 0, "transportWeeklyFee": 0, "otherWeeklyFee": 0, "startDate": "%s",
                 "howNeedsMet": "Benchmark offer."}""".formatted(pair.homeId(), LocalDate.now().plusDays(2));
        return api.post(PORTAL + "api/provider/requests/" + pair.requestId() + "/offers", token, json);
    }

    static List<Pair> pairs(List<Long> requests, List<Long> homes, int count) {
        List<Pair> pairs = new ArrayList<>();
        for (long request : requests) {
            for (long home : homes) {
                if (pairs.size() < count) {
                    pairs.add(new Pair(request, home));
                }
            }
        }
        return pairs;
    }

    static List<Sent> results(List<Future<Sent>> futures) throws Exception {
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> future : futures) {
            sent.add(future.get(2, TimeUnit.MINUTES));
        }
        return sent;
    }
}
