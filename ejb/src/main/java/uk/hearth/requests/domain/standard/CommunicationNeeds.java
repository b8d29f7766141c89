package uk.hearth.requests.domain.standard;

/** PlacementRequirements.communicationNeeds: communication, language and learning needs. */
public enum CommunicationNeeds implements StandardOption {
    YES("Y", "Yes"),
    NO("N", "No"),
    NOT_SPECIFIED("Not Specified", "Not specified");

    private final String standardValue;
    private final String label;

    CommunicationNeeds(String standardValue, String label) {
        this.standardValue = standardValue;
        this.label = label;
    }

    @Override
    public String standardValue() {
        return standardValue;
    }

    @Override
    public String label() {
        return label;
    }
}
