package uk.hearth.requests.domain.standard;

/** PlacementRequirements.culturalNeeds (e.g. a place of worship). */
public enum CulturalNeeds implements StandardOption {
    REQUIRED("Required"),
    NOT_REQUIRED("Not required"),
    NOT_KNOWN("Not Known"),
    OTHER("Other");

    private final String standardValue;

    CulturalNeeds(String standardValue) {
        this.standardValue = standardValue;
    }

    @Override
    public String standardValue() {
        return standardValue;
    }

    @Override
    public String label() {
        return this == NOT_KNOWN ? "Not known" : standardValue;
    }
}
