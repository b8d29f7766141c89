package uk.hearth.onboarding.application;

import java.util.List;
import java.util.Optional;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;

/** One provider in the directory: its memberships, its open homes, and the nearest one's distance when asked. */
public record DirectoryEntry(Organisation organisation, List<LotMembership> memberships, List<Home> openHomes,
        Optional<Double> nearestMiles) {

    public int getVacancies() {
        return openHomes.stream().mapToInt(Home::getVacancies).sum();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<LotMembership> getMemberships() {
        return memberships;
    }

    public List<Home> getOpenHomes() {
        return openHomes;
    }

    public Double getNearestMiles() {
        return nearestMiles.orElse(null);
    }
}
