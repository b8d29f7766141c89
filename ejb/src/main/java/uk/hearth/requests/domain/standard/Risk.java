package uk.hearth.requests.domain.standard;

/**
 * The categorical fields of the standard's Risks entity. Each is "Risk Present" or "No known risk"; a request
 * keeps the set of risks present, so the standard's answer for every field follows from it.
 */
public enum Risk {
    SELF_HARM("riskSelfHarm", "Self-harm", true),
    SEXUAL_EXPLOITATION("riskSexualExploitation", "Sexual exploitation", true),
    CRIMINAL_EXPLOITATION("riskCriminalExploitation", "Criminal exploitation", true),
    DRUG_ALCOHOL("riskDrugAlcohol", "Drug and alcohol use", true),
    EATING_DISORDER("riskEatingDisorder", "Eating disorder", true),
    MISSING("riskMissing", "Going missing", true),
    TO_OTHERS_PHYSICAL("riskToOthersPhysical", "Physical harm", false),
    TO_OTHERS_SEXUAL("riskToOthersSexual", "Sexual harm", false),
    TO_OTHERS_FIRE("riskToOthersFire", "Fire-setting", false),
    TO_OTHERS_ANIMALS("riskToOthersAnimals", "Harm to animals", false),
    TO_OTHERS_CRIMINAL("riskToOthersCriminal", "Criminal exploitation of others", false);

    public static final String PRESENT = "Risk Present";
    public static final String NO_KNOWN_RISK = "No known risk";

    private final String standardField;
    private final String label;
    private final boolean toChild;

    Risk(String standardField, String label, boolean toChild) {
        this.standardField = standardField;
        this.label = label;
        this.toChild = toChild;
    }

    public String standardField() {
        return standardField;
    }

    public String label() {
        return label;
    }

    /** True for a risk to the child; false for a risk to others or to property. */
    public boolean toChild() {
        return toChild;
    }
}
