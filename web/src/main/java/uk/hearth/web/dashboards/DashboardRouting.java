package uk.hearth.web.dashboards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.hearth.web.identity.CurrentUser;

/** After sign-in everyone arrives at dashboard.xhtml and is sent on to the dashboard of their role. */
@Named
@RequestScoped
public class DashboardRouting {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ExternalContext externalContext;

    public void route() {
        String target = currentUser.dashboard().orElse("/index.xhtml");
        try {
            externalContext.redirect(externalContext.getRequestContextPath() + target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
