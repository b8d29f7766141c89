package uk.hearth.uplifts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.security.Roles;
import uk.hearth.uplifts.domain.LivingWageRate;
import uk.hearth.uplifts.domain.LivingWageRates;

/**
 * The National Living Wage rates (workers aged 21 and over) that cost breakdowns are measured against: reference
 * data the administrator adds each year when the government announces the April rate.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.PROVIDER})
public class LivingWage {

    @Inject
    private LivingWageRates rates;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.PROVIDER})
    public List<LivingWageRate> rates() {
        return rates.all();
    }

    /** A new rate from a day; a day that already has one is refused, so a rate is never silently replaced. */
    @RolesAllowed(Roles.ADMIN)
    public LivingWageRate add(@NotNull(message = "Enter the day the rate applies from") LocalDate validFrom,
            @NotNull(message = "Enter the hourly rate")
            @DecimalMin(value = "0.01", message = "The hourly rate must be more than nothing")
            @DecimalMax(value = "999.99", message = "Check the hourly rate: it is more than any Living Wage")
            @Digits(integer = 3, fraction = 2, message = "Give pounds and pence") BigDecimal hourlyRate) {
        if (rates.all().stream().anyMatch(r -> r.getValidFrom().equals(validFrom))) {
            throw new BusinessException("validFrom", "There is already a rate from " + validFrom + ".");
        }
        LivingWageRate rate = new LivingWageRate(validFrom, Money.of(hourlyRate));
        rates.add(rate);
        audit.record("living-wage.added", "LivingWageRate", rate.getId(), "National Living Wage "
                + rate.getHourlyRate() + " an hour from " + validFrom);
        return rate;
    }
}
