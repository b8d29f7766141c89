package uk.hearth.uplifts.domain;

import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Fee review windows, with their lots. */
public interface FeeReviewWindowRepository extends VersionedRepository<FeeReviewWindow> {

    /** Every window with its lots, the latest opening first. */
    List<FeeReviewWindow> all();

    /** The window with its lots and their standard uplifts. */
    FeeReviewWindow getWithLots(long windowId);

    Optional<FeeReviewWindow> findByName(String name);
}
