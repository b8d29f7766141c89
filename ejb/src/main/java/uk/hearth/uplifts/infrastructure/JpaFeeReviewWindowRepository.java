package uk.hearth.uplifts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.FeeReviewWindowRepository;

@ApplicationScoped
public class JpaFeeReviewWindowRepository extends JpaVersionedRepository<FeeReviewWindow> implements FeeReviewWindowRepository {

    public JpaFeeReviewWindowRepository() {
        super(FeeReviewWindow.class, "The fee review");
    }

    @Override
    public List<FeeReviewWindow> all() {
        return list(FeeReviewWindow.ALL);
    }

    @Override
    public FeeReviewWindow getWithLots(long windowId) {
        return first(FeeReviewWindow.WITH_LOTS, "id", windowId).orElseThrow(this::notFound);
    }

    @Override
    public Optional<FeeReviewWindow> findByName(String name) {
        return first(FeeReviewWindow.BY_NAME, "name", name);
    }
}
