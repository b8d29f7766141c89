package uk.hearth.organisations.application;

/** A stored document as handed to a browser. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {
}
