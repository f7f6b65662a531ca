package org.grad4j.pure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Optional;
import org.grad4j.backend.Backend;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.ReduceOp;
import org.grad4j.backend.SortResult;
import org.grad4j.backend.UnaryOp;
import org.grad4j.conformance.BackendConformance;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the conformance suite on a backend without {@code exp} and checks that the suite reports
 * the tests that reach it as skipped with the backend's reason, and never as passed or failed.
 */
class UnsupportedOpReportTest {
    @Test
    void unsupportedOpReportedAsSkipped() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ExpFreeConformance.class))
                .execute()
                .testEvents();

        List<Event> aborted = tests.aborted().list();
        assertTrue(aborted.size() > 0, "no test was skipped, although exp is unsupported");
        for (Event event : aborted) {
            Optional<Throwable> reason = event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable);
            assertTrue(reason.isPresent(), "skipped without a reason: " + event.getTestDescriptor().getDisplayName());
            assertTrue(reason.get().getMessage().contains("exp is not supported for dtype"),
                    "reason of " + event.getTestDescriptor().getDisplayName() + ": " + reason.get().getMessage());
        }
        assertEquals(0, tests.failed().count(), "failed tests: " + tests.failed().list());
    }

    /** The suite on {@link ExpFreeBackend}; not run on its own, because its name does not end in Test. */
    static class ExpFreeConformance extends BackendConformance {
        private static final Backend BACKEND = new ExpFreeBackend();

        @Override
        protected Backend backend() {
            return BACKEND;
        }
    }

    /**
     * The pure backend without the exp kernel, as a backend that lacks one op would be. Its
     * arrays wrap pure arrays, so that ops on them dispatch to this backend and not to the pure
     * one.
     */
    static final class ExpFreeBackend implements Backend {
        private final PureBackend pure = new PureBackend();

        /** A pure array that reports {@link ExpFreeBackend} as its backend. */
        private final class Wrapped implements NDArray {
            private final NDArray inner;

            Wrapped(NDArray inner) {
                this.inner = inner;
            }

            @Override
            public Shape shape() {
                return inner.shape();
            }

            @Override
            public DType dtype() {
                return inner.dtype();
            }

            @Override
            public Backend backend() {
                return ExpFreeBackend.this;
            }
        }

        private NDArray wrap(NDArray inner) {
            return new Wrapped(inner);
        }

        private static NDArray unwrap(NDArray array) {
            return ((Wrapped) array).inner;
        }

        @Override
        public String name() {
            return "exp-free";
        }

        @Override
        public NDArray unary(UnaryOp op, NDArray x) {
            if (op == UnaryOp.EXP) {
                throw unsupported(op.label(), x.dtype());
            }
            return wrap(pure.unary(op, unwrap(x)));
        }

        @Override
        public NDArray fromFloats(float[] data, Shape shape) {
            return wrap(pure.fromFloats(data, shape));
        }

        @Override
        public NDArray fromDoubles(double[] data, Shape shape) {
            return wrap(pure.fromDoubles(data, shape));
        }

        @Override
        public NDArray fromLongs(long[] data, Shape shape) {
            return wrap(pure.fromLongs(data, shape));
        }

        @Override
        public NDArray full(Shape shape, DType dtype, double value) {
            return wrap(pure.full(shape, dtype, value));
        }

        @Override
        public NDArray copy(NDArray x) {
            return wrap(pure.copy(unwrap(x)));
        }

        @Override
        public float[] toFloats(NDArray x) {
            return pure.toFloats(unwrap(x));
        }

        @Override
        public double[] toDoubles(NDArray x) {
            return pure.toDoubles(unwrap(x));
        }

        @Override
        public long[] toLongs(NDArray x) {
            return pure.toLongs(unwrap(x));
        }

        @Override
        public NDArray binary(BinaryOp op, NDArray a, NDArray b) {
            return wrap(pure.binary(op, unwrap(a), unwrap(b)));
        }

        @Override
        public void binaryInPlace(BinaryOp op, NDArray self, NDArray other) {
            pure.binaryInPlace(op, unwrap(self), unwrap(other));
        }

        @Override
        public NDArray reduce(ReduceOp op, NDArray x, int[] dims, boolean keepDim) {
            return wrap(pure.reduce(op, unwrap(x), dims, keepDim));
        }

        @Override
        public NDArray matmul(NDArray a, NDArray b) {
            return wrap(pure.matmul(unwrap(a), unwrap(b)));
        }

        @Override
        public NDArray indexSelect(NDArray source, NDArray index) {
            return wrap(pure.indexSelect(unwrap(source), unwrap(index)));
        }

        @Override
        public NDArray indexAdd(Shape shape, NDArray index, NDArray source) {
            return wrap(pure.indexAdd(shape, unwrap(index), unwrap(source)));
        }

        @Override
        public NDArray cast(NDArray x, DType dtype) {
            return wrap(pure.cast(unwrap(x), dtype));
        }

        @Override
        public NDArray reshape(NDArray x, Shape shape) {
            return wrap(pure.reshape(unwrap(x), shape));
        }

        @Override
        public NDArray permute(NDArray x, int[] axes) {
            return wrap(pure.permute(unwrap(x), axes));
        }

        @Override
        public NDArray expand(NDArray x, Shape shape) {
            return wrap(pure.expand(unwrap(x), shape));
        }

        @Override
        public NDArray slice(NDArray x, int dim, int start, int end, int step) {
            return wrap(pure.slice(unwrap(x), dim, start, end, step));
        }

        @Override
        public NDArray concat(List<NDArray> arrays, int dim) {
            return wrap(pure.concat(arrays.stream().map(ExpFreeBackend::unwrap).toList(), dim));
        }

        @Override
        public SortResult sort(NDArray x, int dim, boolean descending) {
            SortResult result = pure.sort(unwrap(x), dim, descending);
            return new SortResult(wrap(result.values()), wrap(result.indices()));
        }
    }
}
