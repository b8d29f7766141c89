package uk.hearth.requests.domain.standard;

/** PlacementRequirements.livingCompanions: who the child can be cared for alongside. */
public enum LivingCompanions implements StandardOption {
    SOLO("Solo placement recommended"),
    WITH_OTHER_CHILDREN("With other children recommended"),
    OLDER_CHILDREN_ONLY("Only with other older children"),
    YOUNGER_CHILDREN_ONLY("Only with other younger children"),
    NO_PREFERENCE("No preference");

    private final String standardValue;

    LivingCompanions(String standardValue) {
        this.standardValue = standardValue;
    }

    @Override
    public String standardValue() {
        return standardValue;
    }
}
