package org.ccnplan.io;

/** One thing wrong with an input file: where (JSON path, or line and column for syntax) and what. */
public record InputProblem(String file, String location, String message) {

    @Override
    public String toString() {
        return file + ": " + location + ": " + message;
    }
}
