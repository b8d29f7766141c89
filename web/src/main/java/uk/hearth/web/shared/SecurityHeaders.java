package uk.hearth.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response of the portal carries, pages, API, files and error pages alike: browsers take a
 * response's content type as given, no other site may show Hearth in a frame, and no other site is told which Hearth
 * address a link was followed from. What is not a page (JSON, files, plain errors) may load and run nothing; a Faces
 * page replaces that policy with PrimeFaces' own ({@code primefaces.CSP_POLICY} in web.xml), which carries the nonce
 * its scripts are written with. Error dispatches pass here too, as the server resets headers before an error page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** For what is not a page; a page's policy in web.xml says the same about frames. */
    static final String NOTHING_MAY_RUN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CONTENT_SECURITY_POLICY, NOTHING_MAY_RUN);
        chain.doFilter(request, new PagePolicy(response));
    }

    /** PrimeFaces adds a page's policy; two policies would both apply, so the page's takes the place of the default. */
    private static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
