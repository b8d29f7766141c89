package uk.hearth.shared;

/** Something arrived after its deadline, by the server's clock in Europe/London; the message says which. */
public class DeadlinePassedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DeadlinePassedException(String message) {
        super(message);
    }
}
