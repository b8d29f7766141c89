package uk.hearth.requests.domain.standard;

/** PlacementRequirements.additionalSupport (at most one). */
public enum AdditionalSupport implements StandardOption {
    ADDITIONAL_SUPERVISION("additional supervision", "Additional supervision"),
    THERAPEUTIC_SUPPORT("therapeutic support", "Therapeutic support"),
    RESPITE_WORKER("a worker for respite", "A worker for respite"),
    TAXIS_TO_SCHOOL("taxis to school", "Taxis to school"),
    NOT_APPLICABLE("NA", "Not applicable"),
    OTHER("other (please specify)", "Other (say which in the needs)");

    private final String standardValue;
    private final String label;

    AdditionalSupport(String standardValue, String label) {
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
