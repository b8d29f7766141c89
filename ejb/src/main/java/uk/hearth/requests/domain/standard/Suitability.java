package uk.hearth.requests.domain.standard;

/** PlacementRecommendation: how suitable foster, residential and supported accommodation are for the child. */
public enum Suitability implements StandardOption {
    PREFERRED("Preferred"),
    SUITABLE("Suitable but not preferred"),
    UNSUITABLE("Unsuitable"),
    NOT_SPECIFIED("Not specified");

    private final String standardValue;

    Suitability(String standardValue) {
        this.standardValue = standardValue;
    }

    @Override
    public String standardValue() {
        return standardValue;
    }
}
