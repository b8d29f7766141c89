package uk.hearth.requests.domain.standard;

/** PlacementRequirements.pets: can the child live with pets or animals? */
public enum Pets implements StandardOption {
    MUST("Yes - must", "Yes, must live with pets"),
    CAN("Yes - can", "Yes, can live with pets"),
    NO("No", "No"),
    NOT_KNOWN("Not Known", "Not known");

    private final String standardValue;
    private final String label;

    Pets(String standardValue, String label) {
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
