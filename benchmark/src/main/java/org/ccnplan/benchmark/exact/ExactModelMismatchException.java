package org.ccnplan.benchmark.exact;

/** The exact model and the plain recomputation score the same plan differently: a bug in the model. */
public class ExactModelMismatchException extends IllegalStateException {

    public ExactModelMismatchException(String message) {
        super(message);
    }
}
