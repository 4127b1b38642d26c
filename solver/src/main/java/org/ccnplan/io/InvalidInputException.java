package org.ccnplan.io;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset or plan that breaks the rules of the format: carries every problem found, not just the first. */
public class InvalidInputException extends Exception {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String file, String location, String message) {
        this(List.of(new InputProblem(file, location, message)));
    }

    public List<InputProblem> getProblems() {
        return problems;
    }
}
