package uk.hearth.lots.domain;

import java.util.List;
import uk.hearth.shared.domain.VersionedRepository;

/** The lots of the dynamic purchasing system. */
public interface LotRepository extends VersionedRepository<Lot> {

    /** Every lot in its published order, with its sub-categories. */
    List<Lot> allWithSubCategories();

    /** The lot with this code, such as "residential"; for reference data loaded by code. */
    Lot getByCode(String code);
}
