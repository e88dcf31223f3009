package dev.cruddur.console.cli;

/** One command of the command-line twin. Thin: parse arguments, call the core, print. */
public interface CliCommand {

    /** The word that selects it, named after the original's script where there was one. */
    String name();

    /** One line: arguments and what it does. */
    String usage();

    /** Returns the process exit code: 0 on success. Errors may simply be thrown; the runner explains them. */
    int run(CliContext context, CliArgs args) throws Exception;
}
