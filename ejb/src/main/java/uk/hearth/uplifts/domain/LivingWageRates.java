package uk.hearth.uplifts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The National Living Wage rates Hearth knows. */
public interface LivingWageRates {

    /** The rate in force on {@code day}, if Hearth has one that early. */
    Optional<LivingWageRate> inForceOn(LocalDate day);

    /** The rate before {@code rate}: with it, the rise a fee review's effective date brings. */
    Optional<LivingWageRate> before(LivingWageRate rate);

    /** Every rate, the latest first. */
    List<LivingWageRate> all();

    void add(LivingWageRate rate);
}
