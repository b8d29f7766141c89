package uk.hearth.requests.application;

/** Turns an Individual Placement Agreement into the document the council and the provider keep. */
public interface PlacementAgreementRenderer {

    /** The agreement as a PDF. */
    byte[] render(PlacementAgreement agreement);
}
