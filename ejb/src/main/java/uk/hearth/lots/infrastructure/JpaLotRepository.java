package uk.hearth.lots.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaLotRepository extends JpaVersionedRepository<Lot> implements LotRepository {

    public JpaLotRepository() {
        super(Lot.class, "The lot");
    }

    @Override
    public List<Lot> allWithSubCategories() {
        return list(Lot.ALL_WITH_SUB_CATEGORIES);
    }

    @Override
    public Lot getByCode(String code) {
        return first(Lot.BY_CODE, "code", code).orElseThrow(this::notFound);
    }

    @Override
    protected String nameOf(Lot lot) {
        return "The lot ‘" + lot.getName() + "’";
    }
}
