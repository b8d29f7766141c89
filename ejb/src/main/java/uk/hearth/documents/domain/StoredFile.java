package uk.hearth.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A file Hearth keeps: the name to show, the format recognised from its content, its size, and the SHA-256 under
 * which the {@link DocumentStore} holds its bytes. Every table of documents embeds it, with the same columns.
 */
@Embeddable
public record StoredFile(
        @Column(name = "file_name", nullable = false, updatable = false, length = UploadPolicy.MAX_FILE_NAME_LENGTH)
        String fileName,
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, updatable = false, length = 10)
        DocumentFormat format,
        @Column(name = "size_bytes", nullable = false, updatable = false)
        long size,
        @Column(nullable = false, updatable = false, length = 64)
        String sha256) {

    public String mediaType() {
        return format.mediaType();
    }
}
