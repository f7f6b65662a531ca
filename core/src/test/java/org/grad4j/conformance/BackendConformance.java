package org.grad4j.conformance;

import org.grad4j.backend.Backend;
import org.junit.jupiter.api.Nested;

/**
 * The conformance suite every backend must pass. A backend module runs it with one class:
 *
 * <pre>{@code
 * class MyBackendConformanceTest extends BackendConformance {
 *     protected Backend backend() { return new MyBackend(); }
 * }
 * }</pre>
 *
 * Each nested group below is a class of checks in this package.
 */
public abstract class BackendConformance {
    /** Returns the backend under test; called once per test, so return a shared instance if creating one is costly. */
    protected abstract Backend backend();

    @Nested
    class Creation extends CreationChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Elementwise extends ElementwiseChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class UnaryFunction extends UnaryFunctionChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class FloorSemantics extends FloorSemanticsChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Comparison extends ComparisonChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Promotion extends PromotionChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Matmul extends MatmulChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Reduction extends ReductionChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Shape extends ShapeChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Slice extends SliceChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class StridedView extends StridedViewChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Join extends JoinChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Sort extends SortChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Index extends IndexChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Conversion extends ConversionChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Random extends RandomChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Init extends InitChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Leaf extends LeafChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class GradCheck extends GradCheckChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class ElementwiseGrad extends ElementwiseGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class UnaryGrad extends UnaryGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class ReductionGrad extends ReductionGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class ShapeGrad extends ShapeGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class IndexGrad extends IndexGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class MatmulGrad extends MatmulGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class LossGrad extends LossGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class CompositeGrad extends CompositeGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class BroadcastGradient extends BroadcastGradientChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class GatherGradient extends GatherGradientChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class GraphTraversal extends GraphTraversalChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class GradientAccumulation extends GradientAccumulationChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class GradMode extends GradModeChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class CrossEntropy extends CrossEntropyChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class MSELoss extends MSELossChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class DataLoader extends DataLoaderChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class TensorDataset extends TensorDatasetChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class SGD extends SGDChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Adam extends AdamChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class InPlace extends InPlaceChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class MemoryScopes extends MemoryScopeChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class InPlaceVersion extends InPlaceVersionChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Aliasing extends AliasingChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Anomaly extends AnomalyModeChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class NullArgument extends NullArgumentChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class BackendMixing extends BackendMixingChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class ArraySizeLimit extends ArraySizeLimitChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class Modules extends ModuleChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class ValueRead extends ValueReadChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class SetGrad extends SetGradChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }

    @Nested
    class GraphRelease extends GraphReleaseChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }
}
