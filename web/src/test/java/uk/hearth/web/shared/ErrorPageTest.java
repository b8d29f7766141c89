package uk.hearth.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.RecordNotFoundException;

class ErrorPageTest {

    @Test
    void aRecordNotFoundInsideFacesAndElWrappersIsNotFound() {
        assertEquals(ErrorPage.NOT_FOUND, ErrorPage.of(new FacesException(new ELException(new RecordNotFoundException("The request")))));
    }

    @Test
    void aRoleOrARuleThatKeepsTheCallerOutIsForbidden() {
        assertEquals(ErrorPage.FORBIDDEN, ErrorPage.of(new FacesException(new EJBAccessException("WFLYEJB0364"))));
        assertEquals(ErrorPage.FORBIDDEN, ErrorPage.of(new ELException(new NotAllowedException("Not yours."))));
    }

    @Test
    void anExpiredViewIsExpired() {
        assertEquals(ErrorPage.EXPIRED, ErrorPage.of(new ViewExpiredException("/commissioner/request.xhtml")));
    }

    @Test
    void anythingElseIsAFault() {
        assertEquals(ErrorPage.FAULT, ErrorPage.of(new FacesException(new NullPointerException())));
        assertEquals(ErrorPage.FAULT, ErrorPage.of(new EJBException(new IllegalStateException())));
        assertEquals(ErrorPage.FAULT, ErrorPage.of(new BusinessException("A refusal no page showed.")));
    }

    @Test
    void eachPageHasAnAddressUnderErrorThatNamesItAgain() {
        for (ErrorPage page : ErrorPage.values()) {
            String address = page.address("/hearth");
            assertEquals(page, ErrorPage.at(address.substring("/hearth/error".length())), address);
        }
    }

    @Test
    void anAddressThatNamesNoPageIsNotFound() {
        assertEquals(ErrorPage.NOT_FOUND, ErrorPage.at("/stack-trace"));
        assertEquals(ErrorPage.NOT_FOUND, ErrorPage.at(null));
    }

    @Test
    void pagesAnswerWithTheirStatus() {
        assertEquals(404, ErrorPage.NOT_FOUND.status());
        assertEquals(403, ErrorPage.FORBIDDEN.status());
        assertEquals(500, ErrorPage.FAULT.status());
    }
}
