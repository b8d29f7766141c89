package uk.hearth.organisations.domain;

/** The legal form of a provider, which decides the registration number it must give. */
public enum OrganisationType {
    COMPANY("Company"),
    CHARITY("Charity"),
    PARTNERSHIP("Partnership"),
    SOLE_TRADER("Sole trader");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
