package uk.hearth.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a service's answer on the page: business refusals as errors next to the form, successes as information. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
