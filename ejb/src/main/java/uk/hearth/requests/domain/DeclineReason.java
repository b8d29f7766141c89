package uk.hearth.requests.domain;

/** Why a provider cannot offer: sufficiency evidence for the council's market position statement. */
public enum DeclineReason {
    NO_VACANCY("No vacancy"),
    CANNOT_MEET_NEEDS("Cannot meet the child's needs"),
    LOCATION("Location"),
    RISK_PROFILE("Risk profile"),
    PRICE("Price"),
    OTHER("Other");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
