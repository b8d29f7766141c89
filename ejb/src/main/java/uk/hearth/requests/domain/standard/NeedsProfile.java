package uk.hearth.requests.domain.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.hearth.shared.Lengths;

/**
 * What the Placements Data Standard v2 records about a child's availability, requirements, recommendation and
 * risks, in the standard's own options, so requests can be compared across councils and exported as they are.
 * Free text stays short and never identifies the child.
 */
@Embeddable
public record NeedsProfile(
        @Enumerated(EnumType.STRING) @Column(name = "needed_by", length = 20) NeededBy neededBy,
        @Size(max = 200, message = "Keep the preferred location to 200 characters.")
        @Column(name = "preferred_location", length = Lengths.NAME) String preferredLocation,
        @NotNull(message = "Say whether the child has communication needs.")
        @Enumerated(EnumType.STRING) @Column(name = "communication_needs", length = 20) CommunicationNeeds communicationNeeds,
        @Convert(converter = CommunicationRequirements.class)
        @Column(name = "communication_requirements", length = 100) Set<CommunicationRequirement> communicationRequirements,
        @Column(name = "home_adaptation") boolean homeAdaptation,
        @NotNull(message = "Say whether the child has cultural needs.")
        @Enumerated(EnumType.STRING) @Column(name = "cultural_needs", length = 20) CulturalNeeds culturalNeeds,
        @NotNull(message = "Say who the child can live alongside.")
        @Enumerated(EnumType.STRING) @Column(name = "living_companions", length = 30) LivingCompanions livingCompanions,
        @NotNull(message = "Say whether the child can live with pets.")
        @Enumerated(EnumType.STRING) @Column(name = "pets", length = 20) Pets pets,
        @Enumerated(EnumType.STRING) @Column(name = "additional_support", length = 30) AdditionalSupport additionalSupport,
        @Column(name = "deprivation_of_liberty") boolean deprivationOfLiberty,
        @NotNull(message = "Say how suitable foster care is.")
        @Enumerated(EnumType.STRING) @Column(name = "foster_suitability", length = 20) Suitability fosterSuitability,
        @NotNull(message = "Say how suitable residential care is.")
        @Enumerated(EnumType.STRING) @Column(name = "residential_suitability", length = 20) Suitability residentialSuitability,
        @NotNull(message = "Say how suitable supported accommodation is.")
        @Enumerated(EnumType.STRING) @Column(name = "supported_suitability", length = 20) Suitability supportedSuitability,
        @Convert(converter = Risks.class) @Column(name = "risks_present", length = 400) Set<Risk> risksPresent,
        @Size(max = 500, message = "Keep the other risk to the child to 500 characters.")
        @Column(name = "risk_other", length = 500) String riskOther,
        @Size(max = 500, message = "Keep the other risk to others to 500 characters.")
        @Column(name = "risk_to_others_other", length = 500) String riskToOthersOther) {

    public NeedsProfile {
        communicationRequirements = communicationRequirements == null || communicationRequirements.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(communicationRequirements));
        risksPresent = risksPresent == null || risksPresent.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(risksPresent));
        preferredLocation = blankToNull(preferredLocation);
        riskOther = blankToNull(riskOther);
        riskToOthersOther = blankToNull(riskToOthersOther);
    }

    /** Nothing known yet: the standard's "not specified" answers, for drafts made before these fields existed. */
    public static NeedsProfile notSpecified() {
        return new NeedsProfile(null, null, CommunicationNeeds.NOT_SPECIFIED, Set.of(), false, CulturalNeeds.NOT_KNOWN,
                LivingCompanions.NO_PREFERENCE, Pets.NOT_KNOWN, null, false, Suitability.NOT_SPECIFIED,
                Suitability.NOT_SPECIFIED, Suitability.NOT_SPECIFIED, Set.of(), null, null);
    }

    /** "None" is an answer of its own, not one to tick beside a requirement. */
    @AssertTrue(message = "Choose “None” or the requirements, not both.")
    public boolean isCommunicationRequirementsConsistent() {
        return !(communicationRequirements.contains(CommunicationRequirement.NONE) && communicationRequirements.size() > 1);
    }

    public boolean hasRisk(Risk risk) {
        return risksPresent.contains(risk);
    }

    /** The standard's answer for one risk field. */
    public String standardAnswer(Risk risk) {
        return hasRisk(risk) ? Risk.PRESENT : Risk.NO_KNOWN_RISK;
    }

    /** The risks present, to the child or to others, in the standard's order, for pages and letters. */
    public String risksInWords(boolean toChild) {
        String named = Arrays.stream(Risk.values()).filter(r -> r.toChild() == toChild && hasRisk(r)).map(Risk::label)
                .collect(Collectors.joining(", "));
        String other = toChild ? riskOther : riskToOthersOther;
        String all = Stream.of(named, other).filter(t -> t != null && !t.isEmpty()).collect(Collectors.joining("; "));
        return all.isEmpty() ? Risk.NO_KNOWN_RISK : all;
    }

    public String communicationRequirementsInWords() {
        return communicationRequirements.isEmpty() ? "None given" : Arrays.stream(CommunicationRequirement.values())
                .filter(communicationRequirements::contains).map(CommunicationRequirement::label).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
