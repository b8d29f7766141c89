package uk.hearth.competitions.domain;

import java.time.LocalDate;
import uk.hearth.shared.WrongStateException;

/** Someone tried to conclude a contract while its standstill period was still running. */
public class StandstillRunningException extends WrongStateException {

    private static final long serialVersionUID = 1L;

    public StandstillRunningException(LocalDate lastDay) {
        super("The contract cannot be concluded until the standstill period ends at midnight at the end of "
                + StandstillPeriod.dayInWords(lastDay) + " (UK time).");
    }
}
