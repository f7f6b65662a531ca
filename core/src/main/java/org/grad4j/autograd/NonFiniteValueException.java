package org.grad4j.autograd;

/** Thrown in {@link AnomalyMode} by the first op or gradient that contains NaN or infinity. */
public final class NonFiniteValueException extends ArithmeticException {
    /** Creates the exception with a message naming the op and the shapes involved. */
    public NonFiniteValueException(String message) {
        super(message);
    }
}
