package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A bid's contents as stored: AES-GCM ciphertext (with its tag) and the nonce it was sealed with. */
@Embeddable
public record SealedContent(
        @Column(name = "sealed_iv", nullable = false) byte[] iv,
        @Column(name = "sealed_contents", nullable = false) byte[] ciphertext) {

    public SealedContent {
        iv = iv.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
