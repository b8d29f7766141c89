package uk.hearth.competitions.domain;

import uk.hearth.shared.BusinessException;

/** A mini-competition's evaluation model breaks a rule, such as weights that do not add up to 100. */
public class EvaluationModelException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EvaluationModelException(String message) {
        super(message);
    }
}
