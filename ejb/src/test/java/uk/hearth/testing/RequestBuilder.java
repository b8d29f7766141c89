package uk.hearth.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.requests.domain.LegalStatus;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.Urgency;

/**
 * A placement request's details as a commissioner types them, {@link RequestSamples}' child unless a test says
 * otherwise: a child of 9 of {@link Gender#OTHER} on a care order from {@value RequestSamples#CHILD_HOME_AREA}, to be
 * fostered within {@value RequestSamples#MAX_MILES} miles from 1 July 2027 for 52 weeks at about £1,100 a week, in
 * a standard request with the usual working days and comparison weights and no tiered release; in-house options
 * were checked. Start with {@link RequestSamples#aRequest()}.
 */
public final class RequestBuilder {

    private int age = 9;
    private String needs = RequestSamples.NEEDS;
    private int siblingCount = 0;
    private String homeDistrict = RequestSamples.CHILD_HOME_AREA;
    private String schoolDistrict;
    private Urgency urgency = Urgency.STANDARD;
    private int emergencyResponseHours = RequestSamples.EMERGENCY_HOURS;
    private boolean inHouseChecked = true;
    private String qualityOverrideReason;
    private int standardResponseDays = RequestDetails.STANDARD_RESPONSE_DAYS;
    private int priceWeight = RequestDetails.DEFAULT_PRICE_WEIGHT;
    private Integer tierTwoAfterHours;

    RequestBuilder() {
    }

    public RequestBuilder age(int years) {
        age = years;
        return this;
    }

    public RequestBuilder needs(String text) {
        needs = text;
        return this;
    }

    /** Siblings to be placed together with the child. */
    public RequestBuilder siblings(int count) {
        siblingCount = count;
        return this;
    }

    /** The postcode district of the child's home area, as typed. */
    public RequestBuilder homeDistrict(String typed) {
        homeDistrict = typed;
        return this;
    }

    public RequestBuilder schoolDistrict(String typed) {
        schoolDistrict = typed;
        return this;
    }

    public RequestBuilder urgency(Urgency how) {
        urgency = how;
        return this;
    }

    /** The hours an emergency request gives providers to answer. */
    public RequestBuilder emergencyResponseHours(int hours) {
        emergencyResponseHours = hours;
        return this;
    }

    public RequestBuilder inHouseChecked(boolean checked) {
        inHouseChecked = checked;
        return this;
    }

    public RequestBuilder qualityOverrideReason(String reason) {
        qualityOverrideReason = reason;
        return this;
    }

    /** The working days a standard request gives providers to answer. */
    public RequestBuilder standardResponseDays(int days) {
        standardResponseDays = days;
        return this;
    }

    /** The share of the comparison price takes; quality takes the rest. */
    public RequestBuilder priceWeight(int weight) {
        priceWeight = weight;
        return this;
    }

    /** A tiered release: further afield after {@code hours} if no offer has come. */
    public RequestBuilder tierTwoAfterHours(int hours) {
        tierTwoAfterHours = hours;
        return this;
    }

    public RequestDetails build() {
        return new RequestDetails(Samples.FOSTERING, Samples.MAINSTREAM_FOSTERING, age, Gender.OTHER, LegalStatus.CARE_ORDER,
                needs, siblingCount, homeDistrict, schoolDistrict, RequestSamples.MAX_MILES, LocalDate.of(2027, 7, 1), 52,
                new BigDecimal("1100.00"), urgency, emergencyResponseHours, inHouseChecked, qualityOverrideReason,
                RequestSamples.profile(), standardResponseDays, priceWeight, tierTwoAfterHours);
    }
}
