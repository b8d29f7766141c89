package uk.hearth.competitions.domain;

import java.time.LocalDate;
import uk.hearth.shared.time.WorkingDayCalendar;

/**
 * How long the standstill after an award decision runs, chosen per competition. Either way it ends at midnight at the end of its last day,
 * UK time, and "working day" means a weekday that is not a bank holiday in England and Wales.
 */
public enum StandstillMode {

    /**
     * The default, as under regulation 87 of the Public Contracts Regulations 2015 for notices sent electronically:
     * the 10th day after the decision is the last, unless it is not a working day, when the next working day is.
     */
    CALENDAR_DAYS_10("10 calendar days", "10 calendar days, counted from the day after the award decision; if the 10th day is not a "
            + "working day, the standstill runs to the end of the next working day"),

    /**
     * As under section 51 of the Procurement Act 2023: eight working days beginning with the day the award is
     * published, which counts as the first if it is a working day.
     */
    WORKING_DAYS_8_PROCUREMENT_ACT("8 working days (Procurement Act 2023)", "8 working days (Procurement Act 2023), beginning with the day of the award "
            + "decision if it is a working day, otherwise with the next working day");

    public static final StandstillMode DEFAULT = CALENDAR_DAYS_10;

    private final String label;
    private final String description;

    StandstillMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The period in a few words, for choosing it. */
    public String label() {
        return label;
    }

    /** How the period is counted, in words for pages and letters. */
    public String description() {
        return description;
    }

    /** The last day of a standstill that starts with an award decision made on {@code decisionDay} (UK date). */
    public LocalDate lastDay(LocalDate decisionDay) {
        return switch (this) {
            // plusWorkingDays with 0 moves a day that is not a working day on to the next one that is.
            case CALENDAR_DAYS_10 -> WorkingDayCalendar.plusWorkingDays(decisionDay.plusDays(10), 0);
            case WORKING_DAYS_8_PROCUREMENT_ACT ->
                    WorkingDayCalendar.plusWorkingDays(WorkingDayCalendar.plusWorkingDays(decisionDay, 0), 7);
        };
    }
}
