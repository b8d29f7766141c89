package uk.hearth.requests.domain.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hearth's options are the standard's own: read from the published JSON, not from a copy typed by hand. */
class StandardOptionsTest {

    private static Map<String, JsonObject> fields;

    @BeforeAll
    static void readTheStandard() throws IOException {
        try (InputStream in = StandardOptionsTest.class.getResourceAsStream("/placements-standard-v2/placements-standard-v2.json");
                JsonReader reader = Json.createReader(in)) {
            fields = reader.readObject().getJsonArray("entities").getValuesAs(JsonObject.class).stream()
                    .flatMap(entity -> entity.getJsonArray("fields").getValuesAs(JsonObject.class).stream())
                    .collect(Collectors.toMap(f -> f.getString("name"), f -> f));
        }
    }

    @Test
    void everyCategoricalFieldOffersExactlyTheStandardsOptionsInItsOrder() {
        assertOptions("neededBy", NeededBy.values());
        assertOptions("communicationNeeds", CommunicationNeeds.values());
        assertOptions("specificCommunicationRequirements", CommunicationRequirement.values());
        assertOptions("culturalNeeds", CulturalNeeds.values());
        assertOptions("livingCompanions", LivingCompanions.values());
        assertOptions("pets", Pets.values());
        assertOptions("additionalSupport", AdditionalSupport.values());
        assertOptions("fosterCareSuitability", Suitability.values());
        assertOptions("residentialCareSuitability", Suitability.values());
        assertOptions("supportedAccommodationSuitability", Suitability.values());
    }

    @Test
    void everyCategoricalRiskFieldOfTheStandardIsARiskWithTheStandardsTwoAnswers() {
        Set<String> riskFields = fields.values().stream()
                .filter(f -> f.getString("name").startsWith("risk") && f.getString("type").equals("Categorical"))
                .map(f -> f.getString("name")).collect(Collectors.toSet());
        assertEquals(riskFields, Arrays.stream(Risk.values()).map(Risk::standardField).collect(Collectors.toSet()));
        for (String field : riskFields) {
            assertEquals(List.of(Risk.NO_KNOWN_RISK, Risk.PRESENT), options(field), field);
        }
    }

    @Test
    void aProfileKeepsTheRisksPresentAndAnswersTheOthersAsNoKnownRisk() {
        NeedsProfile profile = new NeedsProfile(NeededBy.TODAY, "  ", CommunicationNeeds.NO, null, false, CulturalNeeds.NOT_KNOWN,
                LivingCompanions.SOLO, Pets.NO, null, true, Suitability.UNSUITABLE, Suitability.PREFERRED,
                Suitability.SUITABLE, EnumSet.of(Risk.MISSING, Risk.TO_OTHERS_FIRE), " ", "Damages property when upset ");

        assertEquals(Risk.PRESENT, profile.standardAnswer(Risk.MISSING));
        assertEquals(Risk.PRESENT, profile.standardAnswer(Risk.TO_OTHERS_FIRE));
        assertEquals(Risk.NO_KNOWN_RISK, profile.standardAnswer(Risk.SELF_HARM));
        assertNull(profile.preferredLocation(), "blank text is no answer");
        assertNull(profile.riskOther());
        assertEquals("Damages property when upset", profile.riskToOthersOther());
        assertTrue(profile.communicationRequirements().isEmpty());
    }

    @Test
    void noneIsAnAnswerOfItsOwnAmongTheCommunicationRequirements() {
        assertFalse(withRequirements(EnumSet.of(CommunicationRequirement.NONE, CommunicationRequirement.BSL))
                .isCommunicationRequirementsConsistent());
        assertTrue(withRequirements(EnumSet.of(CommunicationRequirement.NONE)).isCommunicationRequirementsConsistent());
        assertTrue(withRequirements(EnumSet.of(CommunicationRequirement.BSL, CommunicationRequirement.MAKATON))
                .isCommunicationRequirementsConsistent());
    }

    @Test
    void setsOfOptionsGoToOneColumnAndBack() {
        Risks column = new Risks();
        String stored = column.convertToDatabaseColumn(Set.of(Risk.TO_OTHERS_FIRE, Risk.SELF_HARM));

        assertEquals("SELF_HARM,TO_OTHERS_FIRE", stored, "in declaration order, whatever order they came in");
        assertEquals(Set.of(Risk.SELF_HARM, Risk.TO_OTHERS_FIRE), column.convertToEntityAttribute(stored));
        assertNull(column.convertToDatabaseColumn(Set.of()));
        assertEquals(Set.of(), column.convertToEntityAttribute(null));
    }

    private static NeedsProfile withRequirements(Set<CommunicationRequirement> requirements) {
        return new NeedsProfile(null, null, CommunicationNeeds.YES, requirements, false, CulturalNeeds.NOT_KNOWN,
                LivingCompanions.NO_PREFERENCE, Pets.NOT_KNOWN, null, false, Suitability.NOT_SPECIFIED,
                Suitability.NOT_SPECIFIED, Suitability.NOT_SPECIFIED, Set.of(), null, null);
    }

    private static void assertOptions(String field, StandardOption[] ours) {
        assertEquals(options(field), Arrays.stream(ours).map(StandardOption::standardValue).toList(), field);
    }

    private static List<String> options(String field) {
        return fields.get(field).getJsonArray("options").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
