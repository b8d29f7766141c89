package uk.hearth.documents.domain;

import uk.hearth.shared.BusinessException;

/** An uploaded document was refused; the message names the file and says why. */
public class UploadRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UploadRefusedException(String message) {
        super(message);
    }
}
