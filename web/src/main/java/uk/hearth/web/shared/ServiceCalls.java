package uk.hearth.web.shared;

import jakarta.ejb.EJBException;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.hearth.shared.BusinessException;

/**
 * Calls a service on behalf of a page and turns its refusals into messages on that page: business rules and
 * Bean Validation of the service's parameters both say in plain English what to change. A refusal about one
 * property is shown beside the input of the submitted form whose id is that property's name, so forms name their
 * inputs after what the service validates and no page keeps a map of its own. Anything else is a fault and goes to
 * the error page.
 */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    public static <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (BusinessException e) {
            show(e.field(), e.getMessage());
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                    .forEach(violation -> show(propertyOf(violation), violation.getMessage()));
        }
        return Optional.empty();
    }

    /** As {@link #attempt(Supplier)} for a call that answers nothing: true when it was done. */
    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    private static void show(Optional<String> property, String message) {
        property.flatMap(ServiceCalls::submittedInput).ifPresentOrElse(
                clientId -> FacesMessages.errorFor(clientId, message),
                () -> FacesMessages.error(message));
    }

    /**
     * The last property or parameter the violation names: "postcode" in "register.details.postcode", "panel" in
     * "draft.details.panel[1].&lt;list element&gt;".
     */
    private static Optional<String> propertyOf(ConstraintViolation<?> violation) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                property = node.getName();
            }
        }
        return Optional.ofNullable(property);
    }

    /**
     * The client id of the input the property is about, in the form this request submitted. The form is the one
     * whose own hidden field came with the request, so a partly processed ajax request and a form repeated in a list
     * are found too; it is visited in place, where a repeated form knows its row.
     */
    private static Optional<String> submittedInput(String property) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        List<String> found = new ArrayList<>(1);
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_UNRENDERED)),
                (visit, target) -> {
                    if (!(target instanceof UIForm form)) {
                        return VisitResult.ACCEPT;
                    }
                    if (!parameters.containsKey(form.getClientId(context))) {
                        return VisitResult.REJECT;
                    }
                    inputAbout(form, property).ifPresent(input -> found.add(input.getClientId(context)));
                    return VisitResult.COMPLETE;
                });
        return found.stream().findFirst();
    }

    /**
     * The input named after the property, or else the one the property checks: "postcodeRecognised" is about the
     * input "postcode". Inputs in a repeated row are not searched, as no property says which row it means.
     */
    private static Optional<UIComponent> inputAbout(UIForm form, String property) {
        List<UIComponent> inputs = new ArrayList<>();
        collectInputs(form, inputs);
        return inputs.stream()
                .filter(input -> property.equals(input.getId())
                        || property.startsWith(input.getId()) && Character.isUpperCase(property.charAt(input.getId().length())))
                .max(Comparator.comparingInt(input -> input.getId().length()));
    }

    private static void collectInputs(UIComponent parent, List<UIComponent> inputs) {
        parent.getFacetsAndChildren().forEachRemaining(child -> {
            if (child.isRendered()) {
                if (child instanceof EditableValueHolder) {
                    inputs.add(child);
                }
                if (!(child instanceof NamingContainer)) {
                    collectInputs(child, inputs);
                }
            }
        });
    }
}
