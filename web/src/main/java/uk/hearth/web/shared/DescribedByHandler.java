package uk.hearth.web.shared;

import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.util.Optional;

/**
 * {@code <hearth:describedBy input="…" ids="…"/>}, placed by the field tag after the input it was given: sets that
 * input's {@code aria-describedby}, so screen readers read the field's hint with it. The tag file cannot reach into
 * the input the page wrote, hence a handler. {@code ids} is an expression evaluated as the input renders, where
 * {@code component} is the input, so a hint beside an input in a repeated row is named by that row's client id.
 */
public class DescribedByHandler extends TagHandler {

    private final TagAttribute input;
    private final TagAttribute ids;

    public DescribedByHandler(TagConfig config) {
        super(config);
        input = getRequiredAttribute("input");
        ids = getRequiredAttribute("ids");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) {
        childNamed(parent, input.getValue(context)).ifPresent(found ->
                found.getPassThroughAttributes().put("aria-describedby", ids.getValueExpression(context, Object.class)));
    }

    private static Optional<UIComponent> childNamed(UIComponent parent, String id) {
        for (UIComponent child : parent.getChildren()) {
            if (id.equals(child.getId())) {
                return Optional.of(child);
            }
            if (!(child instanceof NamingContainer)) {
                Optional<UIComponent> inside = childNamed(child, id);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }
}
