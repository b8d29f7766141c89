package uk.hearth.testing;

import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;

/** A provider organisation admitted to the fostering lot, its membership of the lot and the one home it offered. */
public record AdmittedProvider(Organisation organisation, LotMembership membership, Home home) {
}
