package uk.hearth.web.shared;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * An id in a page's address that is no number at all or too large for one ({@code ?id=abc},
 * {@code ?id=99999999999999999999}) names no record: the page is not found, as for an id that names none. Faces would
 * instead skip the page's view action and render the page without its record, which fails on the first thing it reads.
 * Named in faces-config.xml.
 */
public class UnreadableViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (ViewMetadata.getViewParameters(event.getFacesContext().getViewRoot()).stream().anyMatch(parameter -> !parameter.isValid())) {
            ErrorPages.show(event.getFacesContext(), ErrorPage.NOT_FOUND);
        }
    }
}
