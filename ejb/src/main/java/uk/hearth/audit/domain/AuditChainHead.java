package uk.hearth.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last link of the chain, in a single row. Sealing locks it, so even two sealers on two servers take their
 * turn and no two entries ever claim the same predecessor; the acting transactions never touch it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "sequence_number", nullable = false)
    private long sequenceNumber;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditChainHead() {
    }

    public static AuditChainHead genesis() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.sequenceNumber = 0;
        head.hash = AuditChain.GENESIS_HASH;
        return head;
    }

    public void advanceTo(AuditEntry entry) {
        if (entry.getSequenceNumber() != sequenceNumber + 1 || !entry.getPreviousHash().equals(hash)) {
            throw new IllegalStateException("Audit entry " + entry.getSequenceNumber() + " does not follow the chain head");
        }
        sequenceNumber = entry.getSequenceNumber();
        hash = entry.getHash();
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    public String hash() {
        return hash;
    }
}
