package org.ccnplan.cli;

import java.io.PrintWriter;

import org.ccnplan.EngineVersion;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ccnplan} command: allocate priority sectors and investors to industrial clusters. */
@Command(name = "ccnplan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Allocates priority-sector investors and reserve land to industrial clusters (CCN) "
                + "and phases, under land, power, timing, zoning and logistics limits.",
        subcommands = {ValidateCommand.class, SolveCommand.class, ScoreCommand.class, ExplainCommand.class,
                CompareCommand.class, ScenariosCommand.class, BenchCommand.class, GenerateCommand.class,
                ImportCommand.class, TemplateCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP_TEXT)
public class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name a command: validate, solve, score, explain, compare, scenarios, bench, generate, import,"
                        + " template or export.");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; the tests call this too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException
                        ? ExitCodes.USAGE
                        : exception instanceof InvalidInputException ? ExitCodes.INVALID_INPUT : ExitCodes.FAILURE)
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> handle(exception, cmd));
        commandLine.getCommandSpec().usageMessage().footer(ExitCodes.HELP_TEXT);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().footer(ExitCodes.HELP_TEXT);
        }
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("ccnplan: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB). Give it more, for example CCNPLAN_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx8g\".");
            code = ExitCodes.FAILURE;
        } catch (Throwable e) { // Errors that picocli does not catch: still no stack trace for the user.
            code = handle(e, commandLine);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Bad input lists its problems (exit 3); anything else is a short message, never a stack trace (exit 1). */
    private static int handle(Throwable exception, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (exception instanceof InvalidInputException invalid) {
            int count = invalid.getProblems().size();
            err.println("ccnplan: invalid input (" + count + (count == 1 ? " problem" : " problems") + "):");
            for (InputProblem problem : invalid.getProblems()) {
                err.println("  " + problem);
            }
            return ExitCodes.INVALID_INPUT;
        }
        if (exception instanceof OutputException output) {
            err.println("ccnplan: " + output.getMessage());
            return ExitCodes.FAILURE;
        }
        err.println("ccnplan: unexpected failure: " + exception);
        err.println("This is a bug in ccnplan. Please report it with the command line and the input files."
                + " Set CCNPLAN_DEBUG=1 to see the stack trace.");
        if (System.getenv("CCNPLAN_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        return ExitCodes.FAILURE;
    }

    /** An output file that cannot be written: the user's environment, not a bug. */
    static final class OutputException extends Exception {
        OutputException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ccnplan " + EngineVersion.engine() + " (OptaPlanner " + EngineVersion.optaplanner()
                    + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
