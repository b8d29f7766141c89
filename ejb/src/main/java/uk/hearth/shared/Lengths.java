package uk.hearth.shared;

/**
 * The sizes of text columns that many tables share, used by both {@code @Column(length)} and {@code @Size(max)}, so
 * a limit is checked with a message before the database could refuse it. A size only one table has lives beside
 * that entity.
 */
public final class Lengths {

    /** A Keycloak user name, as recorded in every "by" column. */
    public static final int USERNAME = 100;
    /** References such as REQ-2026-00001, MC-2026-00001, IPA-2026-00001. */
    public static final int REFERENCE = 20;
    /** An enum constant's name, stored as text. */
    public static final int ENUM = 30;
    /** Names of organisations, homes, people and files. */
    public static final int NAME = 200;
    /** A reason, note or justification someone types. */
    public static final int REASON = 2000;
    /** Longer free text: needs, answers, descriptions. */
    public static final int TEXT = 4000;

    private Lengths() {
    }
}
