package uk.hearth.uplifts.application;

import java.util.List;
import uk.hearth.uplifts.domain.FeeReviewWindow;

/** A fee review as one provider sees it: the review, and its own placements in scope with their answers. */
public record ProviderFeeReview(FeeReviewWindow window, List<AgreementInScope> agreements) {
}
