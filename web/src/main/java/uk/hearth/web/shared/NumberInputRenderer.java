package uk.hearth.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * p:inputNumber as PrimeFaces renders it, except for a posted value that is no number at all, which only a crafted
 * request sends: PrimeFaces gives up on it with an exception, which would end on the error page, where here it is
 * refused beside the field with the input's converterMessage, as a date or whole number that does not read is.
 * Named in faces-config.xml for every p:inputNumber.
 */
public class NumberInputRenderer extends InputNumberRenderer {

    private static final String NOT_A_NUMBER = "Enter a number.";

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException notANumber) {
            if (!(notANumber.getCause() instanceof NumberFormatException)) {
                throw notANumber;
            }
            UIInput input = (UIInput) component;
            String message = input.getConverterMessage() == null ? NOT_A_NUMBER : input.getConverterMessage();
            context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            // With no submitted value and marked invalid, validation fails the request and the model keeps its value.
            input.setValid(false);
        }
    }
}
