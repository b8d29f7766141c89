package uk.hearth.shared;

/** Someone else saved the same record first; the user must reload and redo their change. */
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else while you were editing it. Reload it to see their change, then make yours again.");
    }
}
