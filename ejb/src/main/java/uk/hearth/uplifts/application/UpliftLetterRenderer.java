package uk.hearth.uplifts.application;

/** Turns a fee uplift decision into the letter the provider keeps. */
public interface UpliftLetterRenderer {

    byte[] render(UpliftLetter letter);
}
