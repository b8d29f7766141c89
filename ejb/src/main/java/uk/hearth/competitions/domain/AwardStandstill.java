package uk.hearth.competitions.domain;

/** The pause between notifying the award decision and concluding the contract, chosen per competition. */
public enum AwardStandstill {
    /** Ten calendar days: the council's default. */
    CALENDAR_DAYS_10("10 calendar days"),
    /** Eight working days, as the Procurement Act 2023 sets for contracts it governs. */
    WORKING_DAYS_8_PROCUREMENT_ACT("8 working days (Procurement Act 2023)");

    private final String label;

    AwardStandstill(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
