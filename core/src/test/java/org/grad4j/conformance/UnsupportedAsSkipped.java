package org.grad4j.conformance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Reports a test that hits an op the backend does not support as skipped, with the backend's
 * message as the reason, so an unsupported op never counts as passed or failed.
 */
public final class UnsupportedAsSkipped implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (throwable instanceof UnsupportedOperationException) {
            throw new TestAbortedException("unsupported by this backend: " + throwable.getMessage(), throwable);
        }
        throw throwable;
    }
}
