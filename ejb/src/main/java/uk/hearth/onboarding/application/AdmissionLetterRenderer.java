package uk.hearth.onboarding.application;

/** Turns an admission letter into the document sent to the provider. */
public interface AdmissionLetterRenderer {

    /** The letter as a PDF. */
    byte[] render(AdmissionLetter letter);
}
