package uk.hearth.documents.domain;

/** A stored document as handed to a browser. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {
}
