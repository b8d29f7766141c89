package uk.hearth.organisations.domain;

public enum OrganisationKind {
    /** The contracting authority running the dynamic purchasing system. */
    COUNCIL,
    /** An independent provider of homes, fostering or support. */
    PROVIDER
}
