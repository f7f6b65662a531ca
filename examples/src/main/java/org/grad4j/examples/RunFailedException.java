package org.grad4j.examples;

/**
 * Thrown by a command whose run failed for a reason the user can act on. {@link Main} prints the
 * message as the one line on standard error, without a stack trace, and exits with code 1.
 */
final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line that states what failed and what to do */
    RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
