package org.ccnplan.benchmark.exact;

/** The exact reference could not give an answer (no plan within the time limit). */
public class ExactReferenceException extends RuntimeException {

    public ExactReferenceException(String message) {
        super(message);
    }
}
