package uk.hearth.competitions.application;

/** Turns an award letter into the document sent to the bidder. */
public interface AwardLetterRenderer {

    /** The letter as a PDF. */
    byte[] render(AwardLetter letter);
}
