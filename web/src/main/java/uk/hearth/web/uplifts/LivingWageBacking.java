package uk.hearth.web.uplifts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.uplifts.application.LivingWage;
import uk.hearth.uplifts.domain.LivingWageRate;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** admin/living-wage.xhtml: the National Living Wage rates cost breakdowns are measured against, and a new one. */
@Named
@ViewScoped
public class LivingWageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LivingWage livingWage;

    private transient List<LivingWageRate> rates;
    private LocalDate validFrom;
    private BigDecimal hourlyRate;

    public void load() {
        rates = livingWage.rates();
    }

    public void add() {
        ServiceCalls.attempt(() -> livingWage.add(validFrom, hourlyRate)).ifPresent(added -> {
            FacesMessages.info("The National Living Wage is " + added.getHourlyRate() + " an hour from "
                    + DeadlineWords.day(added.getValidFrom()) + ".");
            validFrom = null;
            hourlyRate = null;
            load();
        });
    }

    public List<LivingWageRate> getRates() {
        if (rates == null) {
            load();
        }
        return rates;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }
}
