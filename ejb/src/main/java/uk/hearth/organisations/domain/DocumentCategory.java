package uk.hearth.organisations.domain;

/** What a stored document is, which decides whether its expiry matters. */
public enum DocumentCategory {
    INSURANCE_CERTIFICATE("Insurance certificate", true),
    POLICY("Policy", false),
    ACCOUNTS("Accounts", false),
    REGISTRATION_CERTIFICATE("Registration certificate", true),
    ADMISSION_LETTER("Admission letter", false),
    PLACEMENT_AGREEMENT("Individual Placement Agreement", false),
    AWARD_LETTER("Award letter", false),
    BLOCK_CONTRACT("Block contract", false),
    FEE_UPLIFT_EVIDENCE("Fee uplift evidence", false),
    FEE_UPLIFT_DECISION("Fee uplift decision letter", false),
    OTHER("Other document", false);

    private final String label;
    private final boolean expires;

    DocumentCategory(String label, boolean expires) {
        this.label = label;
        this.expires = expires;
    }

    public String label() {
        return label;
    }

    /** Certificates lapse; a provider whose mandatory certificate lapses is suspended from new requests. */
    public boolean expires() {
        return expires;
    }
}
