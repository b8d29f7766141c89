package uk.hearth.requests.domain.standard;

/** PlacementAvailability.neededBy. */
public enum NeededBy implements StandardOption {
    TODAY("Today"),
    WITHIN_FIVE_DAYS("in less than 5 days"),
    AFTER_FIVE_DAYS("in more than 5 days");

    private final String standardValue;

    NeededBy(String standardValue) {
        this.standardValue = standardValue;
    }

    @Override
    public String standardValue() {
        return standardValue;
    }

    @Override
    public String label() {
        return switch (this) {
            case TODAY -> "Today";
            case WITHIN_FIVE_DAYS -> "In less than 5 days";
            case AFTER_FIVE_DAYS -> "In more than 5 days";
        };
    }
}
