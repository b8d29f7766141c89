package uk.hearth.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a service's answer on the page: business refusals as errors next to the form, successes as information. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** An error about one field, shown by the field's own message component too. */
    public static void errorFor(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
