package uk.hearth.documents.domain;

/** Where document bytes live, addressed by their SHA-256 so the same file is stored once. */
public interface DocumentStore {

    void put(String sha256, byte[] content);

    byte[] get(String sha256);

    default void put(StoredFile file, byte[] content) {
        put(file.sha256(), content);
    }

    /** The stored file with its bytes, to hand to a browser. */
    default DocumentDownload download(StoredFile file) {
        return new DocumentDownload(file.fileName(), file.mediaType(), get(file.sha256()));
    }
}
