package uk.hearth.competitions.domain;

/**
 * A file attached to a bid. Its bytes are kept in the document store only sealed, under {@code key} (the SHA-256
 * of the sealed bytes); its name and type travel inside the sealed contents, so even they stay hidden.
 */
public record SealedAttachment(String key, String fileName, String mediaType, long size) {
}
