package uk.hearth.onboarding.application;

import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.organisations.domain.OfstedJudgement;

/**
 * Filters for the provider directory; null means "any". {@code nearDistrict} with {@code withinMiles} keeps
 * providers with an open home within that distance of the district's centre.
 */
public record DirectoryQuery(String name, Long lotId, MembershipStatus status, OfstedJudgement judgement,
        String nearDistrict, Integer withinMiles) {

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, null, null, null, null);
    }
}
