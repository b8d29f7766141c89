package uk.hearth.organisations.domain;

/** What kind of registered setting a home is. */
public enum SettingType {
    CHILDRENS_HOME("Children's home"),
    FOSTERING_AGENCY_OFFICE("Fostering agency office"),
    SUPPORTED_ACCOMMODATION_SINGLE("Supported accommodation: single occupancy"),
    SUPPORTED_ACCOMMODATION_SHARED("Supported accommodation: shared"),
    SUPPORTED_ACCOMMODATION_SELF_CONTAINED("Supported accommodation: self-contained"),
    FAMILY_ASSESSMENT_CENTRE("Residential family assessment centre"),
    SHORT_BREAKS_SETTING("Short breaks setting"),
    COMMUNITY_SERVICE("Community-based service");

    private final String label;

    SettingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
