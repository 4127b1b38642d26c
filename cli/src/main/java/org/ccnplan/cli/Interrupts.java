package org.ccnplan.cli;

import java.util.ArrayList;
import java.util.List;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop solving, so the run goes on to write its best plan and
 * exits normally, instead of the JVM dying mid-write.
 */
final class Interrupts implements AutoCloseable {

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private Interrupts() {
    }

    static Interrupts onInterrupt(Runnable stop) {
        Interrupts interrupts = new Interrupts();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal signal = new Signal(name);
                interrupts.previous.add(Signal.handle(signal, caught -> stop.run()));
                interrupts.signals.add(signal);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // This platform does not let us catch that signal: it keeps its default behaviour.
            }
        }
        return interrupts;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
