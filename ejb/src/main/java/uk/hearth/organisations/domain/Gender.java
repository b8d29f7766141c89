package uk.hearth.organisations.domain;

/** Genders a home accepts, as councils record them on a placement request. */
public enum Gender {
    FEMALE("Girls"),
    MALE("Boys"),
    OTHER("Other genders");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
