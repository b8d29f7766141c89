package uk.hearth.competitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.ScoringSamples.CONCLUDED_AT;
import static uk.hearth.testing.ScoringSamples.DECIDED_AT;
import static uk.hearth.testing.ScoringSamples.MODEL;
import static uk.hearth.testing.ScoringSamples.NINE;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.competitions.domain.EvaluationModel;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;

class OcdsReleasePackageTest {

    private static final String SCHEMA_BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    // The package schema refers to the release schema by its published URL; both are read from the test resources.
    private static final Schema PACKAGE_SCHEMA = SchemaRegistry
            .withDefaultDialect(SpecificationVersion.DRAFT_4,
                    registry -> registry.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_BASE, "classpath:ocds-1.1.5/")))
            .getSchema(SchemaLocation.of(SCHEMA_BASE + "release-package-schema.json"));

    private static final URI PACKAGE_URI = URI.create("https://hearth.example/open-data/competitions/MC-2026-0003.json");
    private static final Instant PUBLISHED = Instant.parse("2026-11-28T08:00:00Z");

    private static final OcdsReleasePackage.Organisation COUNCIL =
            new OcdsReleasePackage.Organisation("leicestershire-county-council", "Leicestershire County Council");
    private static final OcdsReleasePackage.Organisation BEACON =
            new OcdsReleasePackage.Organisation("hearth-provider-12", "Beacon Homes Ltd");
    private static final OcdsReleasePackage.Organisation ACORN =
            new OcdsReleasePackage.Organisation("hearth-provider-7", "Acorn Care Ltd");

    private static final OcdsReleasePackage TENDERED = OcdsReleasePackage.tendered(new OcdsReleasePackage.Tender(
            "MC-2026-0003", "Two beds for children under 10 within 20 miles",
            "Two beds held for the council's children under 10, in a home within 20 miles of Leicestershire.",
            "residential", "Residential children's homes", COUNCIL, MODEL, BlockContractType.BLOCK_BEDS,
            new BigDecimal("2"), Money.of("1800000.00"), NINE, Instant.parse("2026-11-12T12:00:00Z"), "G2R",
            "Hearth dynamic purchasing system for children's placements"));
    private static final OcdsReleasePackage AWARDED = TENDERED.awarded(new OcdsReleasePackage.Award(DECIDED_AT,
            List.of(ACORN, BEACON), BEACON, Money.of("1778400.00"), LocalDate.of(2027, 1, 4),
            LocalDate.of(2030, 1, 3)));
    private static final OcdsReleasePackage CONCLUDED =
            AWARDED.concluded(new OcdsReleasePackage.Contract("BC-2026-0003", CONCLUDED_AT));

    @Test
    void aTenderedCompetitionIsAValidPackageOfOneTenderRelease() {
        JsonObject pkg = valid(TENDERED);
        assertEquals("1.1", pkg.getString("version"));
        assertEquals(PACKAGE_URI.toString(), pkg.getString("uri"));
        assertEquals("2026-11-28T08:00:00Z", pkg.getString("publishedDate"));
        assertEquals("Leicestershire County Council", pkg.getJsonObject("publisher").getString("name"));
        assertEquals(List.of(OcdsReleasePackage.LOTS_EXTENSION), strings(pkg.getJsonArray("extensions")));

        JsonObject release = releases(pkg).get(0);
        assertEquals(1, releases(pkg).size());
        assertEquals("ocds-hearth-MC-2026-0003", release.getString("ocid"));
        assertEquals("ocds-hearth-MC-2026-0003-tender", release.getString("id"));
        assertEquals(List.of("tender"), strings(release.getJsonArray("tag")));
        assertEquals("2026-11-02T09:00:00Z", release.getString("date"));
        assertEquals(List.of("buyer"), roles(release, "leicestershire-county-council"));
        assertEquals(1, release.getJsonArray("parties").size(), "No bidder is named while bids are sealed");
        assertEquals("leicestershire-county-council", release.getJsonObject("buyer").getString("id"));

        JsonObject tender = release.getJsonObject("tender");
        assertEquals("active", tender.getString("status"));
        assertEquals("selective", tender.getString("procurementMethod"));
        assertEquals("services", tender.getString("mainProcurementCategory"));
        assertEquals("ratedCriteria", tender.getString("awardCriteria"));
        assertEquals(MODEL.describe(), tender.getString("awardCriteriaDetails"));
        assertEquals("2026-11-02T09:00:00Z", tender.getJsonObject("tenderPeriod").getString("startDate"));
        assertEquals("2026-11-12T12:00:00Z", tender.getJsonObject("tenderPeriod").getString("endDate"));
        assertEquals(new BigDecimal("1800000.00"), tender.getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        assertEquals("GBP", tender.getJsonObject("value").getString("currency"));
        JsonObject lot = tender.getJsonArray("lots").getJsonObject(0);
        assertEquals("residential", lot.getString("id"));
        assertEquals("Residential children's homes", lot.getString("title"));
        JsonObject item = tender.getJsonArray("items").getJsonObject(0);
        assertEquals("residential", item.getString("relatedLot"));
        assertEquals(2, item.getInt("quantity"));
        assertEquals("bed", item.getJsonObject("unit").getString("name"));
        assertFalse(tender.containsKey("tenderers"));
        assertFalse(release.containsKey("awards"));

        JsonObject related = release.getJsonArray("relatedProcesses").getJsonObject(0);
        assertEquals(List.of("framework"), strings(related.getJsonArray("relationship")));
        assertEquals("ocid", related.getString("scheme"));
        assertEquals("ocds-hearth-G2R", related.getString("identifier"));
    }

    @Test
    void anAwardedCompetitionAddsAnAwardReleaseWithTheTenderersAndAPendingAward() {
        List<JsonObject> releases = releases(valid(AWARDED));
        assertEquals(2, releases.size());
        assertEquals(List.of("tender"), strings(releases.get(0).getJsonArray("tag")));
        JsonObject release = releases.get(1);
        assertEquals(List.of("award"), strings(release.getJsonArray("tag")));
        assertEquals("ocds-hearth-MC-2026-0003-award", release.getString("id"));
        assertEquals(DECIDED_AT.toString(), release.getString("date"));
        assertEquals(List.of("tenderer"), roles(release, "hearth-provider-7"));
        assertEquals(List.of("tenderer", "supplier"), roles(release, "hearth-provider-12"));

        JsonObject tender = release.getJsonObject("tender");
        assertEquals("complete", tender.getString("status"));
        assertEquals(2, tender.getInt("numberOfTenderers"));
        assertEquals(2, tender.getJsonArray("tenderers").size());

        JsonObject award = release.getJsonArray("awards").getJsonObject(0);
        // OCDS: "pending" is an award not yet in force, such as during a standstill.
        assertEquals("pending", award.getString("status"));
        assertEquals("hearth-provider-12", award.getJsonArray("suppliers").getJsonObject(0).getString("id"));
        assertEquals(new BigDecimal("1778400.00"), award.getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        assertEquals("2027-01-04T00:00:00Z", award.getJsonObject("contractPeriod").getString("startDate"));
        assertEquals("2030-01-03T23:59:59Z", award.getJsonObject("contractPeriod").getString("endDate"));
        assertEquals(List.of("residential"), strings(award.getJsonArray("relatedLots")));
        assertFalse(release.containsKey("contracts"));
    }

    @Test
    void aConcludedCompetitionAddsAContractReleaseAndTheAwardComesIntoForce() {
        List<JsonObject> releases = releases(valid(CONCLUDED));
        assertEquals(List.of("tender", "award", "contract"),
                releases.stream().map(r -> r.getJsonArray("tag").getString(0)).toList());
        JsonObject release = releases.get(2);
        assertEquals("ocds-hearth-MC-2026-0003-contract", release.getString("id"));
        assertEquals("active", release.getJsonArray("awards").getJsonObject(0).getString("status"));
        JsonObject contract = release.getJsonArray("contracts").getJsonObject(0);
        assertEquals("BC-2026-0003", contract.getString("id"));
        assertEquals("MC-2026-0003-award", contract.getString("awardID"));
        assertEquals(release.getJsonArray("awards").getJsonObject(0).getString("id"), contract.getString("awardID"));
        assertEquals("active", contract.getString("status"));
        assertEquals(CONCLUDED_AT.toString(), contract.getString("dateSigned"));
        assertEquals("2027-01-04T00:00:00Z", contract.getJsonObject("period").getString("startDate"));
    }

    @Test
    void contractPeriodsAreStatedInUkTime() {
        OcdsReleasePackage summer = TENDERED.awarded(new OcdsReleasePackage.Award(DECIDED_AT, List.of(BEACON), BEACON,
                Money.pounds(10), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31)));
        JsonObject period = releases(valid(summer)).get(1).getJsonArray("awards").getJsonObject(0)
                .getJsonObject("contractPeriod");
        assertEquals("2027-06-01T00:00:00+01:00", period.getString("startDate"));
        assertEquals("2027-08-31T23:59:59+01:00", period.getString("endDate"));
    }

    @Test
    void theAwardCriteriaFollowTheWeights() {
        OcdsReleasePackage.Tender t = TENDERED.tender();
        EvaluationModel priceOnly = new EvaluationModel(List.of(), List.of(), 100, PriceScoring.DEFAULT);
        OcdsReleasePackage priced = OcdsReleasePackage.tendered(new OcdsReleasePackage.Tender(t.reference(), t.title(),
                t.description(), t.lotId(), t.lotTitle(), t.buyer(), priceOnly, t.type(), t.quantity(),
                t.estimatedValue(), t.publishedAt(), t.deadline(), t.dynamicMarketId(), t.dynamicMarketTitle()));
        assertEquals("priceOnly", releases(valid(priced)).get(0).getJsonObject("tender").getString("awardCriteria"));
    }

    @Test
    void theSchemaCheckCatchesABrokenPackage() {
        JsonObject broken = Json.createObjectBuilder(TENDERED.toJson(PACKAGE_URI, PUBLISHED)).remove("publisher")
                .add("version", "one point one").build();
        List<Error> errors = PACKAGE_SCHEMA.validate(broken.toString(), InputFormat.JSON);
        assertEquals(2, errors.size(), errors::toString);
        JsonObject badTag = Json.createObjectBuilder(TENDERED.toJson(PACKAGE_URI, PUBLISHED)).add("releases",
                Json.createArrayBuilder().add(Json.createObjectBuilder(releases(TENDERED.toJson(PACKAGE_URI, PUBLISHED)).get(0))
                        .add("tag", Json.createArrayBuilder().add("awarded")))).build();
        assertFalse(PACKAGE_SCHEMA.validate(badTag.toString(), InputFormat.JSON).isEmpty(),
                "The release schema is applied to each release");
        JsonObject badDate = Json.createObjectBuilder(TENDERED.toJson(PACKAGE_URI, PUBLISHED))
                .add("publishedDate", "28/11/2026").build();
        assertFalse(PACKAGE_SCHEMA.validate(badDate.toString(), InputFormat.JSON).isEmpty(),
                "Dates are checked as RFC 3339 date-times");
    }

    @Test
    void aContractNeedsAnAwardAndTheSupplierMustHaveBid() {
        assertThrows(NullPointerException.class, () -> TENDERED.awarded(null));
        assertThrows(IllegalArgumentException.class, () -> new OcdsReleasePackage(TENDERED.tender(), null,
                new OcdsReleasePackage.Contract("BC-2026-0003", CONCLUDED_AT)));
        assertThrows(IllegalArgumentException.class, () -> new OcdsReleasePackage.Award(DECIDED_AT, List.of(ACORN),
                BEACON, Money.pounds(10), LocalDate.of(2027, 1, 4), LocalDate.of(2030, 1, 3)));
    }

    private static JsonObject valid(OcdsReleasePackage releasePackage) {
        JsonObject json = releasePackage.toJson(PACKAGE_URI, PUBLISHED);
        List<Error> errors = PACKAGE_SCHEMA.validate(json.toString(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "Not valid OCDS 1.1.5: " + errors + " in " + json);
        return json;
    }

    private static List<JsonObject> releases(JsonObject pkg) {
        return pkg.getJsonArray("releases").getValuesAs(JsonObject.class);
    }

    private static List<String> roles(JsonObject release, String partyId) {
        return release.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(partyId)).findFirst()
                .map(p -> strings(p.getJsonArray("roles"))).orElseThrow();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
