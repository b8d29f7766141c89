package uk.hearth.onboarding.domain;

import java.util.List;
import uk.hearth.shared.BusinessException;

/** Submission refused: these required questions are not answered yet. */
public class IncompleteApplicationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    public IncompleteApplicationException(List<String> missing) {
        super("The application cannot be submitted yet: " + missing.size()
                + (missing.size() == 1 ? " question is" : " questions are") + " not answered. Missing: "
                + String.join("; ", missing) + ".");
        this.missing = List.copyOf(missing);
    }

    public List<String> getMissing() {
        return missing;
    }
}
