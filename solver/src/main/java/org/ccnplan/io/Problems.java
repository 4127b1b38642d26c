package org.ccnplan.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input file, so that all of them are reported at once. */
final class Problems {

    private final String file;
    private final List<InputProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String path, String message) {
        list.add(new InputProblem(file, path.isEmpty() ? "(top level)" : path, message));
    }

    /** A problem found elsewhere (another file, or a path already translated), kept in order with the others. */
    void add(InputProblem problem) {
        list.add(problem);
    }

    void throwIfAny() throws InvalidInputException {
        if (!list.isEmpty()) {
            throw failure();
        }
    }

    /** Every problem recorded (at least one), to throw. */
    InvalidInputException failure() {
        return new InvalidInputException(list);
    }
}
