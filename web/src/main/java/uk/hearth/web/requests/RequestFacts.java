package uk.hearth.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.requests.domain.PlacementRequest;

/** What the child's description (WEB-INF/includes/requests/child.xhtml) needs beyond the request itself. */
@Named
@RequestScoped
public class RequestFacts {

    @Inject
    private LotCatalogue lotCatalogue;

    private List<Lot> lots;

    /**
     * The kind of provision asked for, or null for any. Named from the lot catalogue: the request's own
     * sub-category is loaded lazily and the page is drawn after the service's transaction has ended.
     */
    public String kindOf(PlacementRequest request) {
        LotSubCategory asked = request.getSubCategory();
        if (asked == null) {
            return null;
        }
        Long subCategoryId = asked.getId();
        if (lots == null) {
            lots = lotCatalogue.allLots();
        }
        return lots.stream().flatMap(l -> l.getSubCategories().stream())
                .filter(s -> Objects.equals(s.getId(), subCategoryId)).findFirst().map(LotSubCategory::getName).orElse(null);
    }
}
