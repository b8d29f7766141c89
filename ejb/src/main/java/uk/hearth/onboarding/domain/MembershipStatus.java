package uk.hearth.onboarding.domain;

public enum MembershipStatus {
    /** Receives placement requests and invitations for the lot. */
    ADMITTED("Admitted"),
    /** Temporarily receives nothing new, e.g. while a mandatory document has lapsed. */
    SUSPENDED("Suspended"),
    /** Excluded from the lot (the Procurement Act 2023's term for an excluded supplier). */
    REMOVED("Removed");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
