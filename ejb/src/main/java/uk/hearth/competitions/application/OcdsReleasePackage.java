package uk.hearth.competitions.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import uk.hearth.competitions.domain.EvaluationModel;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;

/**
 * A mini-competition as open data: an Open Contracting Data Standard (OCDS) 1.1 release package, with one release
 * for each stage reached, as OCDS asks publishers to release information as it happens: {@code tender} at
 * publication, {@code award} at the award decision and {@code contract} once the contract is concluded. Each release
 * states the process as it stood then, so a compiled record merges them into the latest state. The lot is described
 * with the OCDS lots extension, and the dynamic purchasing system the competition is run under is a related process
 * of type {@code framework}, as OCDS models call-offs from frameworks and dynamic markets.
 *
 * @param tender   the competition as published
 * @param award    the award decision; null until there is one
 * @param contract the concluded contract; null until there is one
 */
public record OcdsReleasePackage(Tender tender, Award award, Contract contract) {

    /**
     * Hearth's OCID prefix: a PLACEHOLDER, not registered. Before publishing, the council must register its own
     * prefix (such as {@code ocds-a1b2c3}) with the Open Contracting Partnership and put it here.
     */
    public static final String OCID_PREFIX = "ocds-hearth-";
    public static final String LOTS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";

    private static final String CURRENCY = "GBP";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A buyer or a bidder; {@code id} identifies it across the releases, such as {@code GB-COH-01234567}. */
    public record Organisation(String id, String name) {

        public Organisation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }

        private JsonObjectBuilder reference() {
            return Json.createObjectBuilder().add("id", id).add("name", name);
        }
    }

    /**
     * The competition as published.
     *
     * @param reference          its reference, which also identifies the contracting process
     * @param title              its title
     * @param description        what the council is buying
     * @param lotId              the lot's code in the dynamic purchasing system, such as {@code residential}
     * @param lotTitle           the lot's name
     * @param buyer              the council
     * @param model              how bids are evaluated, stated as the award criteria
     * @param type               beds or hours
     * @param quantity           how many beds, or hours a week
     * @param estimatedValue     the estimated value of the contract
     * @param publishedAt        when invitations went out: the tender period's start and the tender release's date
     * @param deadline           when bids close
     * @param dynamicMarketId    the dynamic purchasing system's own identifier, the root of its OCID
     * @param dynamicMarketTitle its name
     */
    public record Tender(String reference, String title, String description, String lotId, String lotTitle,
            Organisation buyer, EvaluationModel model, BlockContractType type, BigDecimal quantity,
            Money estimatedValue, Instant publishedAt, Instant deadline, String dynamicMarketId,
            String dynamicMarketTitle) {

        public Tender {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(lotId, "lotId");
            Objects.requireNonNull(lotTitle, "lotTitle");
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(estimatedValue, "estimatedValue");
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(dynamicMarketId, "dynamicMarketId");
            Objects.requireNonNull(dynamicMarketTitle, "dynamicMarketTitle");
        }
    }

    /**
     * The award decision.
     *
     * @param decidedAt     when it was recorded
     * @param tenderers     every bidder, the winner among them
     * @param supplier      the winner
     * @param value         the value awarded
     * @param contractStart the contract's first day
     * @param contractEnd   its last day
     */
    public record Award(Instant decidedAt, List<Organisation> tenderers, Organisation supplier, Money value,
            LocalDate contractStart, LocalDate contractEnd) {

        public Award {
            Objects.requireNonNull(decidedAt, "decidedAt");
            tenderers = List.copyOf(tenderers);
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(contractStart, "contractStart");
            Objects.requireNonNull(contractEnd, "contractEnd");
            if (!tenderers.contains(supplier)) {
                throw new IllegalArgumentException("The supplier " + supplier.name() + " is not among the tenderers");
            }
        }
    }

    /**
     * The concluded contract, for the award's value and period.
     *
     * @param reference   the contract's reference
     * @param concludedAt when it was concluded (signed)
     */
    public record Contract(String reference, Instant concludedAt) {

        public Contract {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(concludedAt, "concludedAt");
        }
    }

    public OcdsReleasePackage {
        Objects.requireNonNull(tender, "tender");
        if (contract != null && award == null) {
            throw new IllegalArgumentException("A contract is concluded only after an award");
        }
    }

    /** The package for a competition that has been published. */
    public static OcdsReleasePackage tendered(Tender tender) {
        return new OcdsReleasePackage(tender, null, null);
    }

    /** This package with the award decision. */
    public OcdsReleasePackage awarded(Award decision) {
        return new OcdsReleasePackage(tender, Objects.requireNonNull(decision, "decision"), null);
    }

    /** This package with the concluded contract. */
    public OcdsReleasePackage concluded(Contract concluded) {
        return new OcdsReleasePackage(tender, award, Objects.requireNonNull(concluded, "concluded"));
    }

    /** The contracting process's Open Contracting ID. */
    public String ocid() {
        return OCID_PREFIX + tender.reference();
    }

    /**
     * The package as JSON.
     *
     * @param uri           where this package is published
     * @param publishedDate when it was last changed
     */
    public JsonObject toJson(URI uri, Instant publishedDate) {
        JsonArrayBuilder releases = Json.createArrayBuilder().add(release("tender", tender.publishedAt()));
        if (award != null) {
            releases.add(release("award", award.decidedAt()));
        }
        if (contract != null) {
            releases.add(release("contract", contract.concludedAt()));
        }
        return Json.createObjectBuilder()
                .add("uri", uri.toString())
                .add("version", "1.1")
                .add("extensions", Json.createArrayBuilder().add(LOTS_EXTENSION))
                .add("publishedDate", publishedDate.toString())
                .add("publisher", Json.createObjectBuilder().add("name", tender.buyer().name()))
                .add("releases", releases)
                .build();
    }

    /** The release of one stage, holding what was known by then. */
    private JsonObject release(String stage, Instant date) {
        boolean awarded = !stage.equals("tender");
        boolean concluded = stage.equals("contract");
        JsonObjectBuilder release = Json.createObjectBuilder()
                .add("ocid", ocid())
                .add("id", ocid() + "-" + stage)
                .add("date", date.toString())
                .add("tag", Json.createArrayBuilder().add(stage))
                .add("initiationType", "tender")
                .add("language", "en")
                .add("parties", parties(awarded))
                .add("buyer", tender.buyer().reference())
                .add("tender", tenderSection(awarded));
        if (awarded) {
            release.add("awards", Json.createArrayBuilder().add(awardSection(concluded)));
        }
        if (concluded) {
            release.add("contracts", Json.createArrayBuilder().add(contractSection()));
        }
        return release
                .add("relatedProcesses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "1")
                        .add("relationship", Json.createArrayBuilder().add("framework"))
                        .add("title", tender.dynamicMarketTitle())
                        .add("scheme", "ocid")
                        .add("identifier", OCID_PREFIX + tender.dynamicMarketId())))
                .build();
    }

    /** The buyer, and once bids are opened every tenderer, the winner also as supplier. */
    private JsonArrayBuilder parties(boolean awarded) {
        JsonArrayBuilder parties = Json.createArrayBuilder()
                .add(tender.buyer().reference().add("roles", Json.createArrayBuilder().add("buyer")));
        if (awarded) {
            for (Organisation tenderer : award.tenderers()) {
                JsonArrayBuilder roles = Json.createArrayBuilder().add("tenderer");
                if (tenderer.equals(award.supplier())) {
                    roles.add("supplier");
                }
                parties.add(tenderer.reference().add("roles", roles));
            }
        }
        return parties;
    }

    private JsonObjectBuilder tenderSection(boolean awarded) {
        String status = awarded ? "complete" : "active";
        EvaluationModel model = tender.model();
        JsonObjectBuilder section = Json.createObjectBuilder()
                .add("id", tender.reference())
                .add("title", tender.title())
                .add("description", tender.description())
                .add("status", status)
                .add("procurementMethod", "selective")
                .add("procurementMethodDetails", "Mini-competition among the providers admitted to the lot of the "
                        + "dynamic purchasing system")
                .add("mainProcurementCategory", "services")
                .add("value", value(tender.estimatedValue()))
                .add("awardCriteria", awardCriteria(model))
                .add("awardCriteriaDetails", model.describe())
                .add("tenderPeriod", Json.createObjectBuilder()
                        .add("startDate", tender.publishedAt().toString())
                        .add("endDate", tender.deadline().toString()))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "1")
                        .add("description", tender.type().label())
                        .add("quantity", tender.quantity())
                        .add("unit", Json.createObjectBuilder().add("name", tender.type().unit()))
                        .add("relatedLot", tender.lotId())))
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", tender.lotId())
                        .add("title", tender.lotTitle())
                        .add("status", status)));
        if (awarded) {
            JsonArrayBuilder tenderers = Json.createArrayBuilder();
            award.tenderers().forEach(t -> tenderers.add(t.reference()));
            section.add("numberOfTenderers", award.tenderers().size()).add("tenderers", tenderers);
        }
        return section;
    }

    /** Pending while the standstill runs, as OCDS defines it; active once the contract is concluded. */
    private JsonObjectBuilder awardSection(boolean concluded) {
        return Json.createObjectBuilder()
                .add("id", awardId())
                .add("title", tender.title())
                .add("status", concluded ? "active" : "pending")
                .add("date", award.decidedAt().toString())
                .add("value", value(award.value()))
                .add("suppliers", Json.createArrayBuilder().add(award.supplier().reference()))
                .add("contractPeriod", contractPeriod())
                .add("relatedLots", Json.createArrayBuilder().add(tender.lotId()));
    }

    private JsonObjectBuilder contractSection() {
        return Json.createObjectBuilder()
                .add("id", contract.reference())
                .add("awardID", awardId())
                .add("title", tender.title())
                .add("status", "active")
                .add("period", contractPeriod())
                .add("value", value(award.value()))
                .add("dateSigned", contract.concludedAt().toString());
    }

    private String awardId() {
        return tender.reference() + "-award";
    }

    /** From the start of the first day to the end of the last, UK time. */
    private JsonObjectBuilder contractPeriod() {
        return Json.createObjectBuilder()
                .add("startDate", DATE_TIME.format(award.contractStart().atStartOfDay(HearthClock.LONDON)))
                .add("endDate", DATE_TIME.format(award.contractEnd().atTime(LocalTime.of(23, 59, 59))
                        .atZone(HearthClock.LONDON)));
    }

    private static JsonObjectBuilder value(Money amount) {
        return Json.createObjectBuilder().add("amount", amount.amount()).add("currency", CURRENCY);
    }

    /** From OCDS's awardCriteria codelist. */
    private static String awardCriteria(EvaluationModel model) {
        if (model.priceWeight() == EvaluationModel.TOTAL_WEIGHT) {
            return "priceOnly";
        }
        return model.priceWeight() == 0 ? "qualityOnly" : "ratedCriteria";
    }
}
