package uk.hearth.uplifts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.hearth.uplifts.domain.LivingWageRate;
import uk.hearth.uplifts.domain.LivingWageRates;

@ApplicationScoped
public class JpaLivingWageRates implements LivingWageRates {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<LivingWageRate> inForceOn(LocalDate day) {
        return em.createNamedQuery(LivingWageRate.IN_FORCE, LivingWageRate.class).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<LivingWageRate> all() {
        return em.createNamedQuery(LivingWageRate.ALL, LivingWageRate.class).getResultList();
    }

    @Override
    public void add(LivingWageRate rate) {
        em.persist(rate);
    }

    @Override
    public Optional<LivingWageRate> before(LivingWageRate rate) {
        return inForceOn(rate.getValidFrom().minusDays(1));
    }
}
