package uk.hearth.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a page request that failed on its friendly error page ({@link ErrorPage}), never on a stack trace or an
 * exception's words. A page opened by its address answers with the page's status, and the server shows the error page
 * web.xml names for it; a form post is redirected to the page's address, so reloading does not post again; an ajax
 * request, which cannot show a page, is told to go there. Faults are logged; the other failures are what people do
 * (an old link, a tab left open). This replaces PrimeFaces' handler, which redirects to error pages under WEB-INF,
 * where no browser may go, and writes the exception's class and message into ajax responses.
 */
public class ErrorPages extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    public ErrorPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> unhandled = getUnhandledExceptionQueuedEvents().iterator();
        if (unhandled.hasNext()) {
            Throwable failure = unhandled.next().getContext().getException();
            // Any later failure of the same request follows from the first, which decides the page.
            unhandled.remove();
            while (unhandled.hasNext()) {
                unhandled.next();
                unhandled.remove();
            }
            FacesContext context = FacesContext.getCurrentInstance();
            ErrorPage page = ErrorPage.of(failure);
            LOG.log(page == ErrorPage.FAULT ? Level.SEVERE : Level.FINE,
                    "Request for " + context.getExternalContext().getRequestServletPath() + " ends on the " + page + " page", failure);
            if (!context.getResponseComplete()) {
                show(context, page);
            }
        }
        getWrapped().handle();
    }

    /** Ends the request on {@code page}; once the response has started, the browser keeps what it was sent. */
    static void show(FacesContext context, ErrorPage page) {
        ExternalContext external = context.getExternalContext();
        String address = page.address(external.getRequestContextPath());
        try {
            if (external.isResponseCommitted()) {
                LOG.warning("The response had started; it ends as sent instead of on the " + page + " page");
            } else if (context.getPartialViewContext().isAjaxRequest()) {
                // Whatever part of the answer was rendered goes; Faces' own writer cannot be resumed half way through.
                ((ServletResponse) external.getResponse()).resetBuffer();
                external.setResponseContentType("text/xml");
                external.setResponseCharacterEncoding("UTF-8");
                external.getResponseOutputWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + address + "\"/></partial-response>");
            } else if (context.isPostback()) {
                external.redirect(address);
            } else {
                external.responseSendError(page.status(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Named in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ErrorPages(getWrapped().getExceptionHandler());
        }
    }
}
