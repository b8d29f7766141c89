package uk.hearth.competitions.application;

import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.SealedContent;

/**
 * Envelope encryption of bids: each competition has its own data key, stored only wrapped by a master key that
 * lives outside the database. The cipher knows nothing of deadlines; {@link SealedBids} decides who may unseal.
 * Sealed data is bound to its bid (competition and organisation), so ciphertext copied onto another bid, or
 * altered, is refused.
 */
public interface BidCipher {

    /** A new random data key for {@code competition}, in the only form that is ever stored: wrapped. */
    byte[] newSealingKey(MiniCompetition competition);

    SealedContent seal(Bid bid, BidContents contents);

    /** @throws SealBrokenException if the stored contents were altered or belong to another bid or key */
    BidContents unseal(Bid bid);

    /** A file attached to {@code bid}, sealed with its nonce in front. */
    byte[] sealFile(Bid bid, byte[] content);

    /** @throws SealBrokenException if the file was altered or belongs to another bid or key */
    byte[] unsealFile(Bid bid, byte[] sealed);
}
