package uk.hearth.shared.domain;

/** An aggregate that people edit, with the version they saw kept by the page, so stale edits are refused. */
public interface Versioned {

    long getVersion();
}
