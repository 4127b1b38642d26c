package org.ccnplan.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import org.ccnplan.solve.AllocationSolver.Progress;

/** A live progress line on stderr, rewritten in place about once a second. */
final class ProgressLine implements Consumer<Progress> {

    private final PrintWriter err;
    private boolean printed;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(Progress progress) {
        String line = String.format("  %5.0f s  best %s  %,d score calculations/s", progress.elapsedMillis() / 1000.0,
                progress.bestScore() == null ? "(constructing)" : progress.bestScore().toString(),
                progress.scoreCalculationsPerSecond());
        err.print("\r" + line + "   ");
        err.flush();
        printed = true;
    }

    synchronized void finish() {
        if (printed) {
            err.println();
            err.flush();
        }
    }
}
