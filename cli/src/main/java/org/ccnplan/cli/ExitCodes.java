package org.ccnplan.cli;

/** The exit codes of every command, as documented in --help and the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected failure: a bug, or an output file that cannot be written. */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, missing argument, bad value. */
    public static final int USAGE = 2;
    /** The dataset or plan file breaks the format's rules; every problem is listed. */
    public static final int INVALID_INPUT = 3;

    public static final String HELP_TEXT = "%nExit codes:%n"
            + "  0  done%n"
            + "  1  unexpected failure (a bug, or an output file that cannot be written)%n"
            + "  2  usage error (unknown option, missing or bad argument)%n"
            + "  3  invalid input: the dataset or plan breaks the format (all problems listed)%n";

    private ExitCodes() {
    }
}
