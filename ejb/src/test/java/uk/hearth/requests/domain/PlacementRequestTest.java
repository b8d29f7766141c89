package uk.hearth.requests.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.RequestSamples.aRequest;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.testing.RequestBuilder;

/**
 * A placement request's life in memory: described while a draft, published once, then open for responses up to
 * and including its deadline, which is set in UK time by the England and Wales working-day calendar.
 */
class PlacementRequestTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String REFERENCE = "REQ-2026-00042";
    private static final Lot FOSTERING = lot();

    // Thursday 2 April 2026, 10:00 BST. Good Friday (3 April) and Easter Monday (6 April) are bank holidays, so the
    // second working day after is Wednesday 8 April.
    private static final Instant BEFORE_EASTER = london(2026, 4, 2, 10, 0);
    private static final Instant AFTER_EASTER_DEADLINE = london(2026, 4, 8, 17, 0);

    @Test
    void aStandardRequestIsDueAtFivePmUkTimeOnTheSecondWorkingDayAfterPublication() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);

        assertEquals(BEFORE_EASTER, request.getPublishedAt());
        assertEquals(AFTER_EASTER_DEADLINE, request.getResponseDeadline());
        // 17:00 British Summer Time is 16:00 UTC.
        assertEquals(Instant.parse("2026-04-08T16:00:00Z"), request.getResponseDeadline());
    }

    @Test
    void theDeadlineIsFivePmInWinterTimeWhenSummerTimeEndsInBetween() {
        // Friday 23 October 2026 at 10:00 BST; the clocks go back on Sunday 25 October.
        PlacementRequest request = published(Urgency.STANDARD, london(2026, 10, 23, 10, 0));

        // Monday 26 and Tuesday 27 October are the two working days; 17:00 GMT is 17:00 UTC.
        assertEquals(Instant.parse("2026-10-27T17:00:00Z"), request.getResponseDeadline());
        assertEquals(london(2026, 10, 27, 17, 0), request.getResponseDeadline());
    }

    @Test
    void theWorkingDaysCountFromTheDayOfPublicationInLondon() {
        // Published late on a Monday: still two working days, Tuesday and Wednesday.
        assertEquals(london(2026, 6, 10, 17, 0), published(Urgency.STANDARD, london(2026, 6, 8, 18, 30)).getResponseDeadline());
        // Half past midnight on Tuesday in London is still Monday in UTC; London's Tuesday is the day that counts.
        Instant earlyTuesday = london(2026, 6, 9, 0, 30);
        assertEquals(Instant.parse("2026-06-08T23:30:00Z"), earlyTuesday);
        assertEquals(london(2026, 6, 11, 17, 0), published(Urgency.STANDARD, earlyTuesday).getResponseDeadline());
        // Published on a Saturday: Monday and Tuesday.
        assertEquals(london(2026, 6, 9, 17, 0), published(Urgency.STANDARD, london(2026, 6, 6, 11, 0)).getResponseDeadline());
    }

    @Test
    void anEmergencyRequestIsDueTheGivenNumberOfHoursAfterPublication() {
        PlacementRequest request = published(anEmergency(4), BEFORE_EASTER);
        assertEquals(BEFORE_EASTER.plus(4, ChronoUnit.HOURS), request.getResponseDeadline());

        // Weekends and bank holidays do not count for emergencies, and hours are hours even when the clocks
        // go forward: 23:00 GMT on Saturday 28 March 2026 plus 4 hours is 04:00 BST on the Sunday.
        PlacementRequest overnight = published(anEmergency(4), london(2026, 3, 28, 23, 0));
        assertEquals(london(2026, 3, 29, 4, 0), overnight.getResponseDeadline());
        assertEquals(Instant.parse("2026-03-29T03:00:00Z"), overnight.getResponseDeadline());
    }

    @Test
    void responsesAreTakenUpToAndIncludingTheDeadline() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);
        Instant oneMicrosecondLate = AFTER_EASTER_DEADLINE.plus(1, ChronoUnit.MICROS);

        assertDoesNotThrow(() -> request.requireOpenAt(BEFORE_EASTER));
        assertDoesNotThrow(() -> request.requireOpenAt(AFTER_EASTER_DEADLINE));
        assertTrue(request.isOpenAt(AFTER_EASTER_DEADLINE));

        ResponseDeadlinePassedException late = assertThrowsExactly(ResponseDeadlinePassedException.class,
                () -> request.requireOpenAt(oneMicrosecondLate));
        assertEquals("The deadline for responses to " + REFERENCE + " passed on Wednesday 8 April 2026 at 17:00 (UK time),"
                + " so your response was not accepted.", late.getMessage());
        assertFalse(request.isOpenAt(oneMicrosecondLate));
    }

    @Test
    void theDeadlineMessageStatesWinterDeadlinesInGmt() {
        PlacementRequest request = published(Urgency.STANDARD, london(2026, 10, 23, 10, 0));

        DeadlinePassedException late = assertThrows(DeadlinePassedException.class,
                () -> request.requireOpenAt(Instant.parse("2026-10-27T17:00:00.000001Z")));
        assertTrue(late.getMessage().contains("passed on Tuesday 27 October 2026 at 17:00 (UK time)"), late.getMessage());
    }

    @Test
    void aDraftTakesNoResponses() {
        PlacementRequest draft = described(aRequest());

        assertThrows(WrongStateException.class, () -> draft.requireOpenAt(BEFORE_EASTER));
        assertFalse(draft.isOpenAt(BEFORE_EASTER));
    }

    @Test
    void publishingAgainChangesNothing() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);

        // A double click a day later must not move the deadline.
        assertFalse(request.publish(BEFORE_EASTER.plus(1, ChronoUnit.DAYS)));
        assertEquals(RequestStatus.PUBLISHED, request.getStatus());
        assertEquals(BEFORE_EASTER, request.getPublishedAt());
        assertEquals(AFTER_EASTER_DEADLINE, request.getResponseDeadline());
    }

    @Test
    void aRequestIsNotPublishedUntilInHouseOptionsWereChecked() {
        PlacementRequest unchecked = described(aRequest().inHouseChecked(false));

        BusinessException refused = assertThrows(BusinessException.class, () -> unchecked.publish(BEFORE_EASTER));
        assertEquals(Optional.of("inHouseChecked"), refused.field());
        assertEquals(RequestStatus.DRAFT, unchecked.getStatus());
        assertNull(unchecked.getPublishedAt());
        assertNull(unchecked.getResponseDeadline());
    }

    @Test
    void aPublishedRequestCannotBeDescribedAgain() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);

        assertThrows(WrongStateException.class, () -> request.describe(anEmergency(2).age(15).build(), FOSTERING, null));
        assertEquals(9, request.getAge());
        assertEquals(Urgency.STANDARD, request.getUrgency());
        assertEquals(AFTER_EASTER_DEADLINE, request.getResponseDeadline());
    }

    @Test
    void aDraftTakesItsDescriptionInTidied() {
        PlacementRequest draft = new PlacementRequest(REFERENCE, new Act("it-commissioner", BEFORE_EASTER));
        draft.describe(aRequest().needs("  Settled at school.  ").homeDistrict(" le 1 ").schoolDistrict("  ")
                .qualityOverrideReason("   ").build(), FOSTERING, null);

        assertSame(FOSTERING, draft.getLot());
        assertEquals(new PostcodeDistrict("LE1"), draft.getHomeDistrict());
        assertNull(draft.getSchoolDistrict());
        assertEquals("Settled at school.", draft.getNeeds());
        assertNull(draft.getQualityOverrideReason());
        assertEquals(RequestStatus.DRAFT, draft.getStatus());

        BusinessException notADistrict = assertThrows(BusinessException.class,
                () -> draft.describe(aRequest().homeDistrict("Leicester").build(), FOSTERING, null));
        assertEquals(Optional.of("homeDistrict"), notADistrict.field());
        assertTrue(notADistrict.getMessage().contains("Leicester"), notADistrict.getMessage());
    }

    @Test
    void offersOfAStandardRequestStaySealedUntilTheDeadlineHasPassed() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);

        assertFalse(request.offersVisibleAt(BEFORE_EASTER));
        assertFalse(request.offersVisibleAt(AFTER_EASTER_DEADLINE));
        assertTrue(request.offersVisibleAt(AFTER_EASTER_DEADLINE.plus(1, ChronoUnit.MICROS)));
    }

    @Test
    void offersOfAnEmergencyRequestAreVisibleAtOnce() {
        PlacementRequest request = published(anEmergency(4), BEFORE_EASTER);

        assertTrue(request.offersVisibleAt(BEFORE_EASTER));
        // Nothing is visible on a request that was never sent.
        assertFalse(described(anEmergency(4)).offersVisibleAt(BEFORE_EASTER));
    }

    @Test
    void theCommissionerMayAllowMoreWorkingDaysForAStandardRequest() {
        PlacementRequest request = described(aRequest().standardResponseDays(5));
        request.publish(BEFORE_EASTER);

        // Five working days after Thursday 2 April 2026, Good Friday and Easter Monday aside: 7, 8, 9, 10 and 13 April.
        assertEquals(london(2026, 4, 13, 17, 0), request.getResponseDeadline());
    }

    @Test
    void aTieredReleaseMustComeBeforeTheDeadline() {
        PlacementRequest tooLate = described(anEmergency(2).tierTwoAfterHours(4));
        BusinessException refused = assertThrows(BusinessException.class, () -> tooLate.publish(BEFORE_EASTER));
        assertEquals(Optional.of("tierTwoAfterHours"), refused.field());
        assertTrue(refused.getMessage().contains("after 4 hours"), refused.getMessage());
        assertEquals(RequestStatus.DRAFT, tooLate.getStatus());

        PlacementRequest tiered = described(aRequest().tierTwoAfterHours(24));
        tiered.publish(BEFORE_EASTER);
        assertEquals(BEFORE_EASTER.plus(24, ChronoUnit.HOURS), tiered.tierTwoReleaseAt().orElseThrow());
        assertTrue(published(Urgency.STANDARD, BEFORE_EASTER).tierTwoReleaseAt().isEmpty());
    }

    @Test
    void aSearchFailsOnlyAfterTheDeadlineAndWithAReason() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);

        // Providers may still answer.
        assertThrows(WrongStateException.class,
                () -> request.fail("No offers", new Act("it-commissioner", BEFORE_EASTER.plus(1, ChronoUnit.HOURS))));
        Instant after = AFTER_EASTER_DEADLINE.plus(1, ChronoUnit.MINUTES);
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> request.fail("  ", new Act("it-commissioner", after)));
        assertEquals(Optional.of("reason"), noReason.field());
        assertEquals(RequestStatus.PUBLISHED, request.getStatus());

        request.fail("  Two offers, both over 40 miles from school. ", new Act("it-commissioner", after));
        assertEquals(RequestStatus.FAILED, request.getStatus());
        assertEquals("Two offers, both over 40 miles from school.", request.getFailureReason());
        assertEquals(after, request.getClosed().at());
        assertThrows(WrongStateException.class, () -> request.fail("Again", new Act("it-commissioner", after)));
    }

    @Test
    void responsesCloseOnceAndNotBeforeTheDeadline() {
        PlacementRequest request = published(Urgency.STANDARD, BEFORE_EASTER);

        assertFalse(request.closeResponses(BEFORE_EASTER));
        assertTrue(request.closeResponses(AFTER_EASTER_DEADLINE));
        assertFalse(request.closeResponses(AFTER_EASTER_DEADLINE.plus(1, ChronoUnit.HOURS)), "a second close changes nothing");
        assertEquals(AFTER_EASTER_DEADLINE, request.getResponsesClosedAt());
    }

    private static PlacementRequest published(Urgency urgency, Instant at) {
        return published(aRequest().urgency(urgency), at);
    }

    private static PlacementRequest published(RequestBuilder details, Instant at) {
        PlacementRequest request = described(details);
        assertTrue(request.publish(at));
        assertEquals(RequestStatus.PUBLISHED, request.getStatus());
        return request;
    }

    /** A draft a commissioner described an hour before {@link #BEFORE_EASTER}. */
    private static PlacementRequest described(RequestBuilder details) {
        PlacementRequest request = new PlacementRequest(REFERENCE, new Act("it-commissioner", BEFORE_EASTER.minus(1, ChronoUnit.HOURS)));
        request.describe(details.build(), FOSTERING, null);
        return request;
    }

    /** An emergency request that providers answer within {@code hours}. */
    private static RequestBuilder anEmergency(int hours) {
        return aRequest().urgency(Urgency.EMERGENCY).emergencyResponseHours(hours);
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    /** Lots are reference data that only the database creates; a bare one is enough to describe a request against. */
    private static Lot lot() {
        try {
            Constructor<Lot> constructor = Lot.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
