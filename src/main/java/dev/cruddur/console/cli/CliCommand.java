package dev.cruddur.console.cli;

import java.util.Map;

/** One command of the command-line twin. Thin: parse arguments, call the core, print. */
public interface CliCommand {

    /** The word that selects it, named after the original's script where there was one. */
    String name();

    /** One line: arguments and what it does. */
    String usage();

    /** Options of this command that take more than one value, with how many (e.g. between: 2). */
    default Map<String, Integer> optionArity() {
        return Map.of();
    }

    /** Returns the process exit code: 0 on success. Errors may simply be thrown; the runner explains them. */
    int run(CliContext context, CliArgs args) throws Exception;
}
