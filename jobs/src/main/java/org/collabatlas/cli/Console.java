package org.collabatlas.cli;

import java.io.PrintStream;
import java.util.List;

/** Where a command prints, and the command line as given (recorded, redacted, in the run's {@code _run.json}). */
record Console(PrintStream out, PrintStream err, List<String> arguments) {
    Console {
        arguments = List.copyOf(arguments);
    }
}
