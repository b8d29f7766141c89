package uk.hearth.uplifts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.hearth.shared.money.Money;

/** The National Living Wage for workers aged 21 and over, from a date (each April): reference data. */
@Entity
@Table(name = "living_wage_rate")
@NamedQuery(name = LivingWageRate.ALL, query = "select r from LivingWageRate r order by r.validFrom desc")
@NamedQuery(name = LivingWageRate.IN_FORCE,
        query = "select r from LivingWageRate r where r.validFrom <= :day order by r.validFrom desc")
public class LivingWageRate {

    public static final String IN_FORCE = "LivingWageRate.inForce";
    public static final String ALL = "LivingWageRate.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "valid_from", nullable = false, unique = true)
    private LocalDate validFrom;

    @Column(name = "hourly_rate", nullable = false)
    private Money hourlyRate;

    protected LivingWageRate() {
    }

    public LivingWageRate(LocalDate validFrom, Money hourlyRate) {
        this.validFrom = validFrom;
        this.hourlyRate = hourlyRate;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Money getHourlyRate() {
        return hourlyRate;
    }
}
