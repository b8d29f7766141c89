package uk.hearth.quality.domain;

/** The kinds of setting a quality framework is written for, each regulated in its own way. */
public enum SettingKind {
    CHILDRENS_HOME("Children's homes"),
    SUPPORTED_ACCOMMODATION("Supported accommodation"),
    FOSTERING("Fostering agencies");

    private final String label;

    SettingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
