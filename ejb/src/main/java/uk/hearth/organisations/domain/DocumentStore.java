package uk.hearth.organisations.domain;

/** Where document bytes live, addressed by their SHA-256 so the same file is stored once. */
public interface DocumentStore {

    void put(String sha256, byte[] content);

    byte[] get(String sha256);
}
