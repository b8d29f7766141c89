package uk.hearth.requests.application;

/**
 * One agreed placement in the Placements Data Standard v2 "ActualPlacement" shape (field names as the standard
 * spells them), so councils can compare their data with their neighbours'.
 *
 * @param totalWeeklyCost the weekly fee in force today, in whole pounds
 * @param placementLocation the home's postcode district: location without identifying the home's address
 * @param preferabilityLocation whether the home is within the request's maximum distance of the child's home area
 * @param educationContinuity whether the home is within the request's maximum distance of the child's school area
 *     (false when the school area was not given)
 * @param providerURN the home's Ofsted unique reference number
 * @param siblingsPlacedTogether siblings placed with the child; Hearth places one child per request, so 0
 * @param placementType the standard's option for the lot
 */
public record ActualPlacementRow(long totalWeeklyCost, String placementLocation, boolean preferabilityLocation,
        boolean educationContinuity, String providerURN, int siblingsPlacedTogether, String placementType) {

    /** The standard's field names, in the standard's order: the CSV header and the JSON keys. */
    public static final String[] FIELDS = {"totalWeeklyCost", "placementLocation", "preferabilityLocation",
        "educationContinuity", "providerURN", "siblingsPlacedTogether", "placementType"};
}
