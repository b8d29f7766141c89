package uk.hearth.web.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends the portal session and then the Keycloak session (OpenID Connect RP-initiated logout), so that the next
 * "Sign in" asks for a password again; Keycloak sends the browser back to the public home page. Only by POST, from the
 * header's button: a link or an image on another page cannot sign anyone out, and another site's form is sent without
 * the session cookie (SameSite=Lax).
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String idToken = idTokenOf(request.getUserPrincipal());
        String providerUrl = providerUrlOf(request.getUserPrincipal());
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        if (idToken == null || providerUrl == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(providerUrl + "/protocol/openid-connect/logout?id_token_hint="
                + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }

    private static String idTokenOf(Principal principal) {
        return principal instanceof OidcPrincipal<?> oidc ? oidc.getOidcSecurityContext().getIDTokenString() : null;
    }

    private static String providerUrlOf(Principal principal) {
        return principal instanceof OidcPrincipal<?> oidc ? oidc.getOidcSecurityContext().getToken().getIssuer() : null;
    }
}
