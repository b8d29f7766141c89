package uk.hearth.requests.domain.standard;

/** PlacementRequirements.specificCommunicationRequirements (one or more). */
public enum CommunicationRequirement implements StandardOption {
    ESOL("ESOL", "English for speakers of other languages (ESOL)"),
    BSL("BSL", "British Sign Language (BSL)"),
    MAKATON("Makaton", "Makaton"),
    OTHER("Other", "Other"),
    NONE("None", "None");

    private final String standardValue;
    private final String label;

    CommunicationRequirement(String standardValue, String label) {
        this.standardValue = standardValue;
        this.label = label;
    }

    @Override
    public String standardValue() {
        return standardValue;
    }

    @Override
    public String label() {
        return label;
    }
}
